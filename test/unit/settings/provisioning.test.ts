// Provisioning: a valid file applied once, each kind of invalid file reported line by line, the secret moved out of the file.
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPin } from '../../../electron/settings/pin-hash';
import { createPinLock } from '../../../electron/settings/pin-lock';
import { provisionFile, provisionFileFromArgv, systemProvisionFile } from '../../../electron/settings/provision-source';
import {
  applyProvisioning,
  describeProvisioning,
  type ProvisioningTarget,
} from '../../../electron/settings/provisioning';
import { createSettingsStore, STORE_SCHEMA } from '../../../electron/settings/settings-store';
import { createVault, destinationOf } from '../../../electron/settings/vault';
import { createTestEncryptor, type TestEncryptorOptions } from '../../support/test-encryptor';

const SECRET = 'prov-secret-5b1d0c9e';
const VALID = {
  settings: {
    mode: 'live',
    baseUrl: 'https://loyalty.example.ru/api',
    scheme: 'bearer',
    terminalId: 'KASSA-07',
    storeName: 'Магазин на Ленина',
  },
  secret: SECRET,
  managerPin: '48213',
};

describe('applyProvisioning', () => {
  let dir: string;
  let file: string;
  let target: ProvisioningTarget;

  function makeTarget(encryptor?: TestEncryptorOptions): ProvisioningTarget {
    const vault = createVault(path.join(dir, 'credentials.json'), createTestEncryptor(encryptor));
    const store = createSettingsStore(new Conf({ cwd: dir, configName: 'settings', schema: STORE_SCHEMA }), () =>
      vault.settingsKey(),
    );
    return { store, vault, pinLock: createPinLock(vault) };
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provision-'));
    file = path.join(dir, 'provision.json');
    target = makeTarget();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reports nothing when there is no file', async () => {
    expect(await applyProvisioning(file, target)).toBeNull();
  });

  it('applies settings, secret and PIN, then takes the secret and the plain PIN out of the file', async () => {
    await writeFile(file, JSON.stringify(VALID));
    const report = await applyProvisioning(file, target);
    expect(report).toEqual({ file, outcome: 'applied', problems: [], secretRemovedFromFile: true });
    expect(target.store.readFields()).toMatchObject({ ...VALID.settings, timeoutMs: 8_000, language: 'ru' });
    // Bound to the destination the file named: the stored secret goes nowhere else.
    expect(target.vault.secretFor(destinationOf(target.store.readFields()))).toBe(SECRET);
    expect(await target.pinLock.unlock('48213')).toEqual({ unlocked: true });
    const rewritten = await readFile(file, 'utf8');
    expect(rewritten).not.toContain(SECRET);
    expect(rewritten).not.toContain('48213');
    expect(JSON.parse(rewritten)).toMatchObject({
      settings: VALID.settings,
      managerPinHash: expect.stringMatching(/^scrypt\$/),
    });
    expect(describeProvisioning(report!).join('\n')).toContain('removed from the file');
  });

  it('sets kiosk mode, start at login and the update address for a whole fleet', async () => {
    const installation = { kiosk: true, startAtLogin: true, updateUrl: 'https://updates.example.ru/loyalty-desk/' };
    await writeFile(file, JSON.stringify({ settings: installation }));
    expect(await applyProvisioning(file, target)).toMatchObject({ outcome: 'applied' });
    expect(target.store.readFields()).toMatchObject(installation);
  });

  it("sets the till's point value, idle time and settling times for a whole fleet", async () => {
    const till = { pointValueKopecks: 50, idleMinutes: 4, watchMinutes: 30, readFailureMinutes: 10 };
    await writeFile(file, JSON.stringify({ settings: till }));
    expect(await applyProvisioning(file, target)).toMatchObject({ outcome: 'applied' });
    expect(target.store.readFields()).toMatchObject(till);
  });

  it('refuses a read-failure time longer than the watch period, and a point value of nothing, naming both', async () => {
    await writeFile(file, JSON.stringify({ settings: { watchMinutes: 5, readFailureMinutes: 6 } }));
    const report = await applyProvisioning(file, target);
    expect(report).toMatchObject({
      outcome: 'invalid',
      problems: ['settings.readFailureMinutes: must not be longer than the watch period'],
    });
    await writeFile(file, JSON.stringify({ settings: { pointValueKopecks: 0 } }));
    expect((await applyProvisioning(file, target))!.problems.join('\n')).toContain('settings.pointValueKopecks');
    expect(target.store.readFields()).toMatchObject({
      pointValueKopecks: 100,
      watchMinutes: 10,
      readFailureMinutes: 3,
    });
  });

  it('refuses an update address over plain http, naming the field', async () => {
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- hostile input: updates over plain http must be refused
    await writeFile(file, JSON.stringify({ settings: { updateUrl: 'http://updates.example.ru/' } }));
    const report = await applyProvisioning(file, target);
    expect(report).toMatchObject({ outcome: 'invalid' });
    expect(report!.problems.join('\n')).toContain('updateUrl');
    expect(target.store.readFields().updateUrl).toBe('');
  });

  it('does not apply the same file again on the next start, so a manager’s later changes stand', async () => {
    await writeFile(file, JSON.stringify(VALID));
    await applyProvisioning(file, target);
    target.store.writeFields({ ...target.store.readFields(), storeName: 'Changed by the manager' });
    expect(await applyProvisioning(file, makeTarget())).toMatchObject({ outcome: 'unchanged' });
    expect(target.store.readFields().storeName).toBe('Changed by the manager');
  });

  it('takes a PIN hash as it is, and replaces a PIN the manager had set', async () => {
    await target.pinLock.setPin('1111');
    await writeFile(file, JSON.stringify({ managerPinHash: await hashPin('2222') }));
    expect(await applyProvisioning(file, target)).toEqual({
      file,
      outcome: 'applied',
      problems: [],
      secretRemovedFromFile: null,
    });
    expect(await target.pinLock.unlock('1111')).toMatchObject({ unlocked: false });
    expect(await target.pinLock.unlock('2222')).toEqual({ unlocked: true });
  });

  it('says so when the secret could not be removed from a read-only file, and still applies it', async () => {
    await writeFile(file, JSON.stringify(VALID));
    await makeReadOnly(file);
    try {
      const report = await applyProvisioning(file, target);
      expect(report).toMatchObject({ outcome: 'applied', secretRemovedFromFile: false });
      expect(describeProvisioning(report!).join('\n')).toContain('could NOT be removed');
      expect(target.vault.anySecret()).toBe(SECRET);
      expect(await readFile(file, 'utf8')).toBe(JSON.stringify(VALID));
      // Not applied again on the next start, though the file still holds the secret.
      expect(await applyProvisioning(file, makeTarget())).toMatchObject({ outcome: 'unchanged' });
    } finally {
      await makeWritable(file);
    }
  });

  it.each([
    ['not JSON', '{"settings": ', [/^the file: is not valid JSON/]],
    ['an unknown key (a typo)', { setings: {} }, [/^the file: Unrecognized key/]],
    ['a wrong type', { settings: { timeoutMs: '8000' } }, [/^settings\.timeoutMs: .*number/]],
    ['a timeout out of range', { settings: { timeoutMs: 10 } }, [/^settings\.timeoutMs: .*1000/]],
    [
      'plain http to another machine',
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- hostile input: plain http to another machine must be refused
      { settings: { baseUrl: 'http://loyalty.example.ru' } },
      [/^settings\.baseUrl: must be an https address/],
    ],
    ['live mode without an address', { settings: { mode: 'live' } }, [/^settings\.baseUrl: is required in live mode/]],
    ['Basic without a login', { settings: { scheme: 'basic' } }, [/^settings\.login: is required/]],
    [
      'a bad header name',
      { settings: { scheme: 'apiKey', apiKeyHeader: 'X Key' } },
      [/^settings\.apiKeyHeader: is not a usable header name/],
    ],
    ['a short PIN', { managerPin: '12' }, [/^managerPin: must be 4 to 8 digits/]],
    ['a hash the app did not make', { managerPinHash: 'md5$abc' }, [/^managerPinHash: is not a scrypt hash/]],
    [
      'both a PIN and a hash',
      { managerPin: '1234', managerPinHash: 'x' },
      [/managerPinHash: is not a scrypt hash/, /^the file: give managerPin or managerPinHash, not both/],
    ],
    ['an unknown language', { settings: { language: 'de' } }, [/^settings\.language: /]],
  ] as const)('refuses %s with a readable line, changing nothing', async (_what, content, expected) => {
    // A secret needs a PIN beside it; each case but the PIN's own gives one, so only the problem under test is reported.
    const withPin = (rest: object) =>
      'managerPin' in rest || 'managerPinHash' in rest ? rest : { managerPin: '48213', ...rest };
    await writeFile(
      file,
      typeof content === 'string' ? content : JSON.stringify({ secret: SECRET, ...withPin(content) }),
    );
    const report = await applyProvisioning(file, target);
    expect(report).toMatchObject({ outcome: 'invalid', secretRemovedFromFile: null });
    expect(report!.problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(report!.problems[index]).toMatch(pattern));
    expect(report!.problems.join('\n')).not.toContain(SECRET);
    expect(target.vault.hasSecret()).toBe(false);
    expect(target.store.readFields().mode).toBe('training');
  });

  it('names where JSON broke, never the text around it (which may be the secret)', async () => {
    await writeFile(file, `{\n  "secret": "${SECRET}" "managerPin": "48213"\n}`);
    const report = await applyProvisioning(file, target);
    expect(report!.problems).toEqual([expect.stringMatching(/^the file: is not valid JSON \(line 2, column \d+\)$/)]);
    for (const piece of [SECRET, SECRET.slice(0, 8), SECRET.slice(-8)])
      expect(report!.problems.join('\n')).not.toContain(piece);
  });

  it.each([
    ['live mode', { settings: VALID.settings }],
    ['a secret', { secret: SECRET }],
  ])('refuses a file that sets %s without setting the PIN', async (_what, content) => {
    await writeFile(file, JSON.stringify(content));
    const report = await applyProvisioning(file, target);
    expect(report).toMatchObject({ outcome: 'invalid' });
    expect(report!.problems).toContainEqual(
      expect.stringMatching(/^managerPin: a file that sets live mode or carries a secret must also set/),
    );
    expect(target.vault.hasSecret()).toBe(false);
  });

  it('lists every problem of a file at once', async () => {
    await writeFile(
      file,
      JSON.stringify({ settings: { timeoutMs: 1, language: 'de', mode: 'offline' }, managerPin: 'abcd' }),
    );
    expect((await applyProvisioning(file, target))!.problems).toHaveLength(4);
  });

  it('refuses a secret where it could only be stored in plain text, unless the file accepts that', async () => {
    const weak = makeTarget({ backend: 'basic_text' });
    await writeFile(file, JSON.stringify(VALID));
    const refused = await applyProvisioning(file, weak);
    expect(refused!.problems).toEqual([expect.stringMatching(/^secret: this computer cannot encrypt it/)]);
    await writeFile(file, JSON.stringify({ ...VALID, acceptPlainTextSecret: true }));
    expect(await applyProvisioning(file, weak)).toMatchObject({ outcome: 'applied', secretRemovedFromFile: true });
    expect(weak.vault.anySecret()).toBe(SECRET);
  });
});

describe('where the provisioning file is', () => {
  it.each([
    [['electron', '.', '--provision', '/srv/p.json'], '/srv/p.json'],
    [['electron', '.', '--provision=/srv/p.json'], '/srv/p.json'],
    [['electron', '.', '--provision'], null],
    [['electron', '.', '--provision='], null],
    [['electron', '.'], null],
  ])('reads %j from the command line as %s', (argv, expected) => {
    expect(provisionFileFromArgv(argv)).toBe(expected);
  });

  it('uses the system-wide folder of each OS', () => {
    expect(systemProvisionFile('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\LoyaltyDesk\\provision.json',
    );
    expect(systemProvisionFile('win32', {})).toBe('C:\\ProgramData\\LoyaltyDesk\\provision.json');
    expect(systemProvisionFile('darwin', {})).toBe('/Library/Application Support/LoyaltyDesk/provision.json');
    expect(systemProvisionFile('linux', {})).toBe('/etc/loyalty-desk/provision.json');
  });

  it('prefers the command line to the system folder', () => {
    expect(provisionFile(['x', '--provision', 'mine.json'], 'linux', {})).toBe('mine.json');
    expect(provisionFile(['x'], 'linux', {})).toBe('/etc/loyalty-desk/provision.json');
  });
});

/** Read-only even for root (CI runs as root, for whom permission bits are no obstacle): the immutable attribute too. */
async function makeReadOnly(file: string): Promise<void> {
  await chmod(file, 0o444);
  if (process.getuid?.() === 0) execFileSync('chattr', ['+i', file]);
}

async function makeWritable(file: string): Promise<void> {
  if (process.getuid?.() === 0) execFileSync('chattr', ['-i', file]);
  await chmod(file, 0o644);
}
