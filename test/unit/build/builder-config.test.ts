// The electron-builder configuration: the fuses security asks for, resources that exist, names the updater can find.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { config } from '../../../build/electron-builder.config';
import { BUILDER_FUSES, ELECTRON_FUSES } from '../../../build/fuses';

describe('electron-builder configuration', () => {
  it('flips the fuses that close the back doors into Electron', () => {
    expect(ELECTRON_FUSES).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.electronFuses).toBe(BUILDER_FUSES);
    expect(BUILDER_FUSES).toMatchObject(
      Object.fromEntries(Object.entries(ELECTRON_FUSES).filter(([name]) => name !== 'wasmTrapHandlers')),
    );
    expect(config.asar).toBe(true);
  });

  it('points only at resources that exist', () => {
    const resources = [
      config.win?.icon,
      config.mac?.icon,
      config.linux?.icon,
      config.nsis?.installerIcon,
      config.nsis?.include,
    ];
    for (const resource of resources) {
      expect(resource, 'a resource path').toEqual(expect.any(String));
      expect(existsSync(resource!), resource!).toBe(true);
    }
  });

  it('names every artifact without spaces: the latest*.yml of electron-updater must match the uploaded file', () => {
    for (const name of [config.artifactName, config.nsis?.artifactName, config.dmg?.artifactName]) {
      expect(name).toMatch(/^[^\s]+\$\{ext\}$/);
    }
  });

  it('installs per machine on Windows with both shortcuts, and files the Linux app under Office and Finance', () => {
    expect(config.nsis).toMatchObject({
      perMachine: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
    });
    expect(config.linux?.desktop?.entry?.Categories).toBe('Office;Finance;');
    // No AppImage: it cannot start under Ubuntu 24.04's AppArmor (README, "Linux packages").
    expect(config.linux?.target).toEqual(['deb']);
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
    expect(config.extraMetadata).toMatchObject({ homepage: expect.stringMatching(/^https:\/\//) });
  });
});
