// The provisioning secret does not linger unseen: every start reads the file again and says whether it still holds a secret.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provisioningStatus, textHoldsSecret } from '../../../electron/settings/provision-secret';
import { describeProvisioning } from '../../../electron/settings/provisioning';
import { STORE_SCHEMA } from '../../../electron/settings/settings-store';
import { setupSettings } from '../../../electron/settings/setup';
import type { ProvisioningReport } from '../../../common/settings';
import { createTestEncryptor } from '../../support/test-encryptor';

const SECRET = 'lingering-secret-7c0e';

describe('textHoldsSecret', () => {
  it.each([
    [{ secret: SECRET }, true],
    [{ managerPin: '4821' }, true],
    [{ settings: { mode: 'training' }, secret: '' }, false],
    [{ settings: { mode: 'training' }, managerPinHash: 'scrypt$…' }, false],
    [[SECRET], false],
  ])('%j holds a secret: %s', (json, expected) => {
    expect(textHoldsSecret(JSON.stringify(json))).toBe(expected);
  });

  it('counts a secret in a file that is not JSON, since the file is still readable', () => {
    expect(textHoldsSecret(`{"secret": "${SECRET}",`)).toBe(true);
    expect(textHoldsSecret('not json at all')).toBe(false);
  });
});

describe('provisioningStatus', () => {
  const report: ProvisioningReport = {
    file: '/etc/loyalty-desk/provision.json',
    outcome: 'unchanged',
    problems: [],
    secretRemovedFromFile: null,
  };

  it('reads the file as it is now, whatever the report said when it was applied', () => {
    expect(provisioningStatus(report, () => JSON.stringify({ secret: SECRET }))).toEqual({
      ...report,
      secretStillInFile: true,
    });
    expect(provisioningStatus(report, () => '{}')).toEqual({ ...report, secretStillInFile: false });
  });

  it('takes a file that cannot be read any more as holding nothing', () => {
    const gone = () => {
      throw Object.assign(new Error('gone'), { code: 'ENOENT' });
    };
    expect(provisioningStatus(report, gone).secretStillInFile).toBe(false);
  });
});

describe('a terminal started with a provisioning file', () => {
  let dir: string;
  let file: string;
  const encryptor = createTestEncryptor();

  async function start() {
    const store = new Conf({ cwd: dir, configName: 'settings', schema: STORE_SCHEMA });
    return setupSettings({ store, vaultFile: path.join(dir, 'credentials.json'), encryptor, provisionFile: file });
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provision-secret-'));
    file = path.join(dir, 'provision.json');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is not told anything once the secret moved into the vault and out of the file', async () => {
    await writeFile(file, JSON.stringify({ secret: SECRET, managerPin: '4821' }));
    const { provisioning, settings } = await start();
    expect(provisioning).toMatchObject({ outcome: 'applied', secretRemovedFromFile: true, secretStillInFile: false });
    expect(settings.knownSecrets()).toContain(SECRET);
    await settings.calls.unlockSettings({ pin: '4821' });
    expect((await settings.calls.getSettings()).provisioning?.secretStillInFile).toBe(false);
  });

  it('tells the manager on every start, in the log and the settings, until the file no longer holds the secret', async () => {
    // A file the app will not apply (and so never rewrites) stands for one it cannot rewrite: the secret stays in it.
    await writeFile(file, JSON.stringify({ secret: SECRET, managerPin: '4821', settings: { mode: 'live' } }));
    for (const round of [1, 2]) {
      const { provisioning, settings } = await start();
      expect(provisioning).toMatchObject({ outcome: 'invalid', secretStillInFile: true });
      expect(describeProvisioning(provisioning!).join('\n')).toMatch(/STILL holds the API secret/);
      expect(describeProvisioning(provisioning!).join('\n')).not.toContain(SECRET);
      // The file was refused, so its PIN was not taken: the first start chooses one, the next unlocks with it.
      await (round === 1 ? settings.calls.setPin({ pin: '1234' }) : settings.calls.unlockSettings({ pin: '1234' }));
      expect((await settings.calls.getSettings()).provisioning?.secretStillInFile).toBe(true);
    }
    await writeFile(file, JSON.stringify({ settings: { mode: 'training' } }));
    expect((await start()).provisioning).toMatchObject({ outcome: 'applied', secretStillInFile: false });
  });
});
