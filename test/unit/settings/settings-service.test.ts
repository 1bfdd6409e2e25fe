// The settings service: calls locked until the PIN, the secret write-only, the connection following the saved settings.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SettingsService } from '../../../electron/settings/settings-service';
import { readInstallation } from '../../../electron/settings/installation';
import { STORE_SCHEMA } from '../../../electron/settings/settings-store';
import { setupSettings } from '../../../electron/settings/setup';
import type { SettingsForm } from '../../../common/settings';
import { createSimulator } from '../../../electron/training/simulator';
import type { Listening } from '../../../electron/training/http-server';
import type { Encryptor } from '../../../electron/settings/vault';
import { createTestEncryptor } from '../../support/test-encryptor';
import { TILL_DEFAULTS } from '../../../common/settings-rules';

const SECRET = 'svc-secret-0e4f71aa';

describe('settings service', () => {
  let dir: string;
  let settings: SettingsService;
  let form: SettingsForm;
  const simulator = createSimulator({ auth: { scheme: 'bearer', token: SECRET } });
  let api: Listening;
  // One OS key for the whole test, as the keyring keeps it across restarts of the app.
  let osKey: Encryptor;

  async function start(encryptor = osKey) {
    const store = new Conf({ cwd: dir, configName: 'settings', schema: STORE_SCHEMA });
    return (
      await setupSettings({ store, vaultFile: path.join(dir, 'credentials.json'), encryptor, provisionFile: null })
    ).settings;
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'settings-service-'));
    osKey = createTestEncryptor();
    api = await simulator.listen();
    settings = await start();
    form = {
      mode: 'live',
      baseUrl: api.url,
      timeoutMs: 5_000,
      scheme: 'bearer',
      login: '',
      apiKeyHeader: 'X-Api-Key',
      terminalId: 'KASSA-2',
      storeName: 'Магазин у дома',
      language: 'en',
      kiosk: false,
      startAtLogin: false,
      updateUrl: '',
      proxyUrl: '',
      caCertificates: '',
      ...TILL_DEFAULTS,
      secret: SECRET,
      acceptPlainTextSecret: false,
    };
  });
  afterEach(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts in training mode with no credentials', () => {
    expect(settings.connectionState()).toEqual({
      connection: { mode: 'training', baseUrl: '', timeoutMs: 8_000 },
      auth: { scheme: 'none' },
      network: { proxyUrl: '', caCertificates: '' },
    });
    expect(settings.language()).toBe('ru');
  });

  it('refuses every settings call until the PIN unlocks them', async () => {
    for (const call of [
      () => settings.calls.getSettings(),
      () => settings.calls.saveSettings(form),
      () => settings.calls.testConnection(form),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(settings.connectionState().connection.mode).toBe('training');
  });

  it('saves, shows only that a secret is set, and connects with it', async () => {
    await settings.calls.setPin({ pin: '2468' });
    expect(await settings.calls.saveSettings(form)).toEqual({ saved: true });
    const view = await settings.calls.getSettings();
    expect(view).toMatchObject({
      mode: 'live',
      baseUrl: api.url,
      scheme: 'bearer',
      terminalId: 'KASSA-2',
      language: 'en',
      secretSet: true,
      secretStorage: 'encrypted',
    });
    expect(JSON.stringify(view)).not.toContain(SECRET);
    expect(settings.connectionState()).toEqual({
      connection: { mode: 'live', baseUrl: api.url, timeoutMs: 5_000 },
      auth: { scheme: 'bearer', token: SECRET },
      network: { proxyUrl: '', caCertificates: '' },
    });
    expect(settings.language()).toBe('en');
    expect(await readFile(path.join(dir, 'settings.json'), 'utf8')).not.toContain(SECRET);
  });

  it('keeps kiosk mode, start at login and the update address where the app reads them at its next start', async () => {
    await settings.calls.setPin({ pin: '2468' });
    const installation = { kiosk: true, startAtLogin: true, updateUrl: 'https://updates.example.ru/loyalty-desk/' };
    expect(await settings.calls.saveSettings({ ...form, ...installation })).toEqual({ saved: true });
    expect(await settings.calls.getSettings()).toMatchObject(installation);
    const stored = JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8')) as { installation: unknown };
    expect(readInstallation(stored.installation)).toEqual(installation);
  });

  it('keeps the stored secret when the form leaves it alone, and uses it to test the connection', async () => {
    await settings.calls.setPin({ pin: '2468' });
    await settings.calls.saveSettings(form);
    const restarted = await start();
    await restarted.calls.unlockSettings({ pin: '2468' });
    await restarted.calls.saveSettings({ ...form, secret: null, storeName: 'Другой' });
    expect(restarted.connectionState().auth).toEqual({ scheme: 'bearer', token: SECRET });
    expect(await restarted.calls.testConnection({ ...form, secret: null })).toMatchObject({ outcome: 'works' });
    expect(await restarted.calls.testConnection({ ...form, secret: 'typed-but-wrong' })).toMatchObject({
      outcome: 'wrong-credentials',
    });
  });

  it('forgets the secret when the scheme becomes none or the field is emptied', async () => {
    await settings.calls.setPin({ pin: '2468' });
    await settings.calls.saveSettings(form);
    await settings.calls.saveSettings({ ...form, secret: '' });
    expect((await settings.calls.getSettings()).secretSet).toBe(false);
    await settings.calls.saveSettings(form);
    await settings.calls.saveSettings({ ...form, scheme: 'none', secret: null });
    expect((await settings.calls.getSettings()).secretSet).toBe(false);
    expect(settings.knownSecrets()).toEqual([]);
  });

  it('stores a secret in plain text only when the manager accepts it', async () => {
    const weak = await start(createTestEncryptor({ backend: 'basic_text' }));
    await weak.calls.setPin({ pin: '2468' });
    expect((await weak.calls.getSettings()).secretStorage).toBe('plain-text');
    expect(await weak.calls.saveSettings(form)).toEqual({ saved: false, reason: 'plain-text-storage-not-accepted' });
    expect(weak.connectionState().connection.mode).toBe('training');
    expect(await weak.calls.saveSettings({ ...form, acceptPlainTextSecret: true })).toEqual({ saved: true });
    expect(weak.connectionState().auth).toEqual({ scheme: 'bearer', token: SECRET });
  });

  it('builds Basic and API-key credentials from the login or header and the secret', async () => {
    await settings.calls.setPin({ pin: '2468' });
    await settings.calls.saveSettings({ ...form, scheme: 'basic', login: 'kassa' });
    expect(settings.connectionState().auth).toEqual({ scheme: 'basic', login: 'kassa', password: SECRET });
    expect(settings.knownSecrets()).toContain(Buffer.from(`kassa:${SECRET}`).toString('base64'));
    await settings.calls.saveSettings({ ...form, scheme: 'apiKey', apiKeyHeader: 'X-Loyalty-Key' });
    expect(settings.connectionState().auth).toEqual({ scheme: 'apiKey', header: 'X-Loyalty-Key', key: SECRET });
  });

  it('falls back to training mode when stored settings were edited into something unusable', async () => {
    new Conf({ cwd: dir, configName: 'settings', schema: STORE_SCHEMA }).set('connection', {
      mode: 'live',
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- hostile input: plain http to another machine must be refused
      baseUrl: 'http://remote.example.ru',
      timeoutMs: 5_000,
    });
    expect((await start()).connectionState().connection.mode).toBe('training');
  });
});
