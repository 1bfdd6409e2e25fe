// The credential vault: encrypted round trip, plain-text storage only with consent, what happens without encryption, and a
// secret handed out only for the destination it was given for.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVault, destinationOf, VaultError } from '../../../electron/settings/vault';
import { VALID_FORM } from '../../support/settings-form';
import { createTestEncryptor } from '../../support/test-encryptor';

const SECRET = 'tok-Ω-9f2c1e7d3b';
const HERE = destinationOf(VALID_FORM);

describe('createVault', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vault-'));
    file = path.join(dir, 'credentials.json');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('round-trips a secret through a real encryption, never writing it in the clear', async () => {
    const vault = createVault(file, createTestEncryptor());
    expect(vault.storage()).toBe('encrypted');
    expect(vault.hasSecret()).toBe(false);
    expect(vault.secretFor(HERE)).toBeNull();
    vault.writeSecret(SECRET, HERE, { acceptPlainText: false });
    expect(vault.hasSecret()).toBe(true);
    expect(vault.secretFor(HERE)).toBe(SECRET);
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain(SECRET);
    expect(onDisk).not.toContain(Buffer.from(SECRET).toString('base64'));
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o077).toBe(0);
    vault.clearSecret();
    expect(vault.hasSecret()).toBe(false);
  });

  it("on Linux's basic_text backend calls the storage plain text and stores only with consent", () => {
    const vault = createVault(file, createTestEncryptor({ backend: 'basic_text' }));
    expect(vault.storage()).toBe('plain-text');
    expect(() => vault.writeSecret(SECRET, HERE, { acceptPlainText: false })).toThrow(VaultError);
    expect(vault.hasSecret()).toBe(false);
    vault.writeSecret(SECRET, HERE, { acceptPlainText: true });
    expect(vault.secretFor(HERE)).toBe(SECRET);
  });

  it('without any encryption stores only with consent, and says so', async () => {
    const vault = createVault(file, createTestEncryptor({ available: false }));
    expect(vault.storage()).toBe('plain-text');
    expect(() => vault.writeSecret(SECRET, HERE, { acceptPlainText: false })).toThrow(VaultError);
    vault.writeSecret(SECRET, HERE, { acceptPlainText: true });
    expect(vault.secretFor(HERE)).toBe(SECRET);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ protection: 'none' });
  });

  it('reads nothing from a vault another key encrypted (a new keyring, another user)', () => {
    createVault(file, createTestEncryptor()).writeSecret(SECRET, HERE, { acceptPlainText: false });
    expect(createVault(file, createTestEncryptor()).secretFor(HERE)).toBeNull();
  });

  it('reads nothing when encryption became unavailable since the secret was stored', () => {
    createVault(file, createTestEncryptor()).writeSecret(SECRET, HERE, { acceptPlainText: false });
    expect(createVault(file, createTestEncryptor({ available: false })).secretFor(HERE)).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['another shape', '{"version":2,"data":"x"}'],
    ['empty', ''],
  ])('treats a %s vault file as no secret', async (_what, text) => {
    await writeFile(file, text);
    const vault = createVault(file, createTestEncryptor());
    expect(vault.hasSecret()).toBe(false);
    expect(vault.secretFor(HERE)).toBeNull();
  });

  it('hands the secret out only for the origin, scheme, login and header it was given for', () => {
    const vault = createVault(file, createTestEncryptor());
    const basic = destinationOf({ ...VALID_FORM, scheme: 'basic', login: 'kassa' });
    vault.writeSecret(SECRET, basic, { acceptPlainText: false });
    expect(vault.secretFor(basic)).toBe(SECRET);
    expect(
      vault.secretFor(
        destinationOf({
          ...VALID_FORM,
          scheme: 'basic',
          login: 'kassa',
          baseUrl: 'https://loyalty.example.ru/other/path',
        }),
      ),
    ).toBe(SECRET);
    for (const elsewhere of [
      { baseUrl: 'https://evil.example.ru' },
      { baseUrl: 'https://loyalty.example.ru:8443' },
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the plain-http twin of the configured origin is another destination
      { baseUrl: 'http://loyalty.example.ru' },
      { login: 'x' },
      { scheme: 'bearer' as const },
      { scheme: 'apiKey' as const },
    ]) {
      expect(
        vault.secretFor(destinationOf({ ...VALID_FORM, scheme: 'basic', login: 'kassa', ...elsewhere })),
      ).toBeNull();
    }
    expect(vault.anySecret()).toBe(SECRET);
  });

  it('keeps the PIN record and the settings key encrypted beside the secret, surviving a restart', async () => {
    const vault = createVault(file, createTestEncryptor());
    const key = vault.settingsKey();
    vault.writePin({ hash: 'scrypt$hash', failures: 2, lockedUntil: 5 });
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain('scrypt');
    expect(onDisk).not.toContain(key.toString('base64'));
    expect(vault.state()).toBe('current');
  });

  it("reads an older app's vault (the secret alone) only as a legacy secret, never one relabelled from the new format", async () => {
    await writeFile(
      file,
      JSON.stringify({ version: 1, protection: 'none', data: Buffer.from(SECRET).toString('base64') }),
    );
    expect(createVault(file, createTestEncryptor()).legacySecret()).toBe(SECRET);
    const current = createVault(file, createTestEncryptor({ available: false }));
    current.writeSecret(SECRET, HERE, { acceptPlainText: true });
    const relabelled = { ...JSON.parse(await readFile(file, 'utf8')), version: 1 };
    await writeFile(file, JSON.stringify(relabelled));
    const reread = createVault(file, createTestEncryptor({ available: false }));
    expect(reread.state()).toBe('legacy');
    expect(reread.legacySecret()).toBeNull();
  });
});
