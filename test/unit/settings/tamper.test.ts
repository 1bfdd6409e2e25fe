// Attacks from the cashier's own account with a text editor or a shortcut: an edited settings file is refused
// (training mode, defaults, a notice for the manager), the PIN is out of its reach, and a provisioning file is taken only
// from where a manager put it. Each restart is a new setupSettings on the same files with the same OS key.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPin } from '../../../electron/settings/pin-hash';
import { TILL_DEFAULTS } from '../../../common/settings-rules';
import { STORE_SCHEMA } from '../../../electron/settings/settings-store';
import { setupSettings, type ProvisionPolicy } from '../../../electron/settings/setup';
import type { Encryptor } from '../../../electron/settings/vault';
import { CANARY_SECRET } from '../../support/canary';
import { VALID_FORM } from '../../support/settings-form';
import { createTestEncryptor } from '../../support/test-encryptor';

const PIN = '80412';
const LIVE = { ...VALID_FORM, baseUrl: 'https://loyalty.example.ru', scheme: 'bearer' as const, secret: CANARY_SECRET };

describe("the cashier's account", () => {
  let dir: string;
  let osKey: Encryptor;
  const settingsFile = () => path.join(dir, 'settings.json');
  const vaultFile = () => path.join(dir, 'credentials.json');

  async function start(options: { provisionFile?: string; provisionPolicy?: ProvisionPolicy } = {}) {
    const store = new Conf({ cwd: dir, configName: 'settings', schema: STORE_SCHEMA });
    return setupSettings({
      store,
      vaultFile: vaultFile(),
      encryptor: osKey,
      provisionFile: options.provisionFile ?? null,
      provisionPolicy: options.provisionPolicy,
    });
  }

  async function editSettingsFile(edit: (stored: Record<string, Record<string, unknown>>) => void): Promise<void> {
    const stored = JSON.parse(await readFile(settingsFile(), 'utf8')) as Record<string, Record<string, unknown>>;
    edit(stored);
    await writeFile(settingsFile(), JSON.stringify(stored));
  }

  /** A terminal a manager set up: PIN, live address, the secret, kiosk and an update address. */
  async function managedTerminal() {
    const { settings } = await start();
    await settings.calls.setPin({ pin: PIN });
    expect(
      await settings.calls.saveSettings({ ...LIVE, kiosk: true, updateUrl: 'https://updates.example.ru/' }),
    ).toEqual({ saved: true });
    expect(settings.connectionState()).toMatchObject({
      connection: { mode: 'live' },
      auth: { scheme: 'bearer', token: CANARY_SECRET },
    });
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tamper-'));
    osKey = createTestEncryptor();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it.each([
    [
      'points the API address elsewhere',
      (stored: Record<string, Record<string, unknown>>) => (stored.connection!.baseUrl = 'https://evil.example'),
    ],
    [
      'changes the sign-in scheme and login',
      (stored: Record<string, Record<string, unknown>>) =>
        (stored.auth = { scheme: 'basic', login: 'x', apiKeyHeader: 'X-Api-Key' }),
    ],
    [
      'points updates at its own server',
      (stored: Record<string, Record<string, unknown>>) =>
        (stored.installation!.updateUrl = 'https://evil.example/updates/'),
    ],
    ['removes the seal', (stored: Record<string, Record<string, unknown>>) => delete stored.seal],
    [
      'makes a point worth a hundred rubles',
      (stored: Record<string, Record<string, unknown>>) => (stored.till!.pointValueKopecks = 10_000),
    ],
    [
      'shortens the watch over a write-off in doubt',
      (stored: Record<string, Record<string, unknown>>) => (stored.till!.watchMinutes = 4),
    ],
  ])(
    'edits settings.json and %s: the file is refused whole, the terminal trains, the secret goes nowhere',
    async (_what, edit) => {
      await managedTerminal();
      await editSettingsFile(edit);
      const { settings } = await start();
      expect(settings.connectionState()).toEqual({
        connection: { mode: 'training', baseUrl: '', timeoutMs: 8_000 },
        auth: { scheme: 'none' },
        network: { proxyUrl: '', caCertificates: '' },
      });
      expect(settings.installation()).toEqual({ kiosk: false, startAtLogin: false, updateUrl: '' });
      expect(settings.till()).toEqual(TILL_DEFAULTS);
      expect(await settings.calls.unlockSettings({ pin: PIN })).toEqual({ unlocked: true });
      expect(await settings.calls.getSettings()).toMatchObject({
        settingsIntegrity: 'refused',
        mode: 'training',
        baseUrl: '',
        secretSet: true,
      });
      // The manager's save seals the file again; the secret, bound to its own address, is used there once more.
      expect(await settings.calls.saveSettings({ ...LIVE, secret: null })).toEqual({ saved: true });
      expect(settings.connectionState().auth).toEqual({ scheme: 'bearer', token: CANARY_SECRET });
      expect(await settings.calls.getSettings()).toMatchObject({ settingsIntegrity: 'sealed' });
    },
  );

  it('a file sealed before the till settings existed keeps its seal; a till written into it afterwards breaks it', async () => {
    await managedTerminal();
    // What the previous version wrote: no till part at all, sealed over the fields it knew.
    await editSettingsFile((stored) => delete stored.till);
    const upgraded = (await start()).settings;
    expect(await upgraded.calls.unlockSettings({ pin: PIN })).toEqual({ unlocked: true });
    expect(await upgraded.calls.getSettings()).toMatchObject({
      settingsIntegrity: 'sealed',
      mode: 'live',
      ...TILL_DEFAULTS,
    });
    expect(upgraded.till()).toEqual(TILL_DEFAULTS);
    await editSettingsFile((stored) => (stored.till = { ...TILL_DEFAULTS, idleMinutes: 60 }));
    const edited = (await start()).settings;
    expect(edited.till()).toEqual(TILL_DEFAULTS);
    expect(edited.connectionState().connection.mode).toBe('training');
  });

  it("a manager's till settings are sealed with the rest and read back as saved", async () => {
    await managedTerminal();
    const till = { pointValueKopecks: 50, idleMinutes: 5, watchMinutes: 30, readFailureMinutes: 10 };
    const { settings } = await start();
    expect(await settings.calls.unlockSettings({ pin: PIN })).toEqual({ unlocked: true });
    expect(await settings.calls.saveSettings({ ...LIVE, ...till, secret: null })).toEqual({ saved: true });
    const restarted = (await start()).settings;
    expect(restarted.till()).toEqual(till);
    expect(restarted.connectionState().connection.mode).toBe('live');
  });

  it('finds no PIN hash in the settings file, and removing what it finds there opens nothing', async () => {
    await managedTerminal();
    const text = await readFile(settingsFile(), 'utf8');
    expect(text).not.toContain('scrypt');
    await editSettingsFile((stored) => {
      stored.managerPin = { hash: null, failures: 0, lockedUntil: 0 };
    });
    const { settings } = await start();
    expect(await settings.calls.pinStatus()).toEqual({ pinSet: true, retryAfterMs: 0 });
    await expect(settings.calls.setPin({ pin: '1111' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('deletes the vault: the secret is gone with it, and the sealed settings are refused', async () => {
    await managedTerminal();
    await rm(vaultFile());
    const { settings } = await start();
    expect(settings.connectionState()).toMatchObject({ connection: { mode: 'training' }, auth: { scheme: 'none' } });
    expect(settings.knownSecrets()).toEqual([]);
  });

  describe('provisioning', () => {
    const installed = (systemFile: string): ProvisionPolicy => ({ packaged: true, systemFile, platform: 'linux' });

    it('cannot replace the PIN and the address with --provision=<its own file> in an installed app', async () => {
      await managedTerminal();
      const own = path.join(dir, 'mine.json');
      await writeFile(own, JSON.stringify({ managerPin: '1111', settings: { baseUrl: 'https://evil.example' } }));
      const { settings, provisioning } = await start({
        provisionFile: own,
        provisionPolicy: installed('/etc/loyalty-desk/provision.json'),
      });
      expect(provisioning).toMatchObject({
        outcome: 'invalid',
        problems: [expect.stringContaining('only from /etc/loyalty-desk/provision.json')],
      });
      expect(await settings.calls.unlockSettings({ pin: '1111' })).toMatchObject({ unlocked: false });
      expect(settings.connectionState().connection.baseUrl).toBe('https://loyalty.example.ru');
    });

    it('cannot use the system-wide file either while its account can write it', async () => {
      await managedTerminal();
      const planted = path.join(dir, 'provision.json');
      await writeFile(planted, JSON.stringify({ managerPinHash: await hashPin('1111') }));
      // Writable by everyone (and, unless these tests run as root, owned by the cashier): what the cashier could plant.
      await chmod(planted, 0o666);
      const { settings, provisioning } = await start({ provisionFile: planted, provisionPolicy: installed(planted) });
      expect(provisioning).toMatchObject({
        outcome: 'invalid',
        problems: [expect.stringContaining('owned by root and writable by no one else')],
      });
      expect(await settings.calls.unlockSettings({ pin: '1111' })).toMatchObject({ unlocked: false });
    });

    it('may still pass any file to a developer build', async () => {
      const own = path.join(dir, 'dev.json');
      await writeFile(own, JSON.stringify({ settings: { storeName: 'Dev' } }));
      const { settings, provisioning } = await start({ provisionFile: own });
      expect(provisioning).toMatchObject({ outcome: 'applied' });
      expect(await settings.calls.setPin({ pin: PIN })).toEqual({ unlocked: true });
      expect(await settings.calls.getSettings()).toMatchObject({ storeName: 'Dev', settingsIntegrity: 'sealed' });
    });
  });

  describe('the first start after the upgrade', () => {
    /** The files an older app left: unsealed settings with the PIN hash in them, and the secret alone in the vault. */
    async function olderApp(pinHash: string | null): Promise<void> {
      const old = new Conf({ cwd: dir, configName: 'settings', schema: STORE_SCHEMA });
      old.set('connection', { mode: 'live', baseUrl: 'https://loyalty.example.ru', timeoutMs: 8_000 });
      old.set('auth', { scheme: 'bearer', login: '', apiKeyHeader: 'X-Api-Key' });
      old.set('managerPin', { hash: pinHash, failures: 0, lockedUntil: 0 });
      await writeFile(
        vaultFile(),
        JSON.stringify({ version: 1, protection: 'os', data: osKey.encrypt(CANARY_SECRET).toString('base64') }),
      );
    }

    it('takes the older files over once: sealed, the secret bound to the address it was used with, the PIN in the vault', async () => {
      await olderApp(await hashPin(PIN));
      const { settings } = await start();
      expect(settings.connectionState()).toEqual({
        connection: { mode: 'live', baseUrl: 'https://loyalty.example.ru', timeoutMs: 8_000 },
        auth: { scheme: 'bearer', token: CANARY_SECRET },
        network: { proxyUrl: '', caCertificates: '' },
      });
      expect(await settings.calls.unlockSettings({ pin: PIN })).toEqual({ unlocked: true });
      expect(await readFile(settingsFile(), 'utf8')).not.toContain('scrypt');
      // Repeating the takeover later (the seal removed) is refused, not repeated.
      await editSettingsFile((stored) => delete stored.seal);
      expect((await start()).settings.connectionState().connection.mode).toBe('training');
    });

    it('leaves setPin closed on an older terminal that had a secret but no PIN: only a provisioning file sets one', async () => {
      await olderApp(null);
      const { settings } = await start();
      expect(await settings.calls.pinStatus()).toEqual({ pinSet: false, retryAfterMs: 0 });
      await expect(settings.calls.setPin({ pin: '1111' })).rejects.toMatchObject({ code: 'forbidden' });
    });
  });
});
