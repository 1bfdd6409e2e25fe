// Start at login: the plan for each OS, the Linux autostart entry, and carrying the plan out on a real folder.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyAutostartFile,
  AUTOSTART_FILE_NAME,
  autostartEntry,
  loginItemPlan,
  quoteExecArgument,
  type LoginItemContext,
} from '../../../electron/lifecycle/login-item';

const linux: LoginItemContext = {
  platform: 'linux',
  packaged: true,
  executable: '/opt/Loyalty Desk/loyalty-desk',
  configDir: '/home/cashier/.config',
};
const autostartFile = path.join('/home/cashier/.config', 'autostart', AUTOSTART_FILE_NAME);

describe('loginItemPlan', () => {
  it.each(['win32', 'darwin'] as const)('uses Electron login items on %s, on and off', (platform) => {
    const context = { ...linux, platform };
    expect(loginItemPlan({ startAtLogin: true }, context)).toEqual({ kind: 'login-item', openAtLogin: true });
    expect(loginItemPlan({ startAtLogin: false }, context)).toEqual({ kind: 'login-item', openAtLogin: false });
  });

  it('leaves login items alone in a development run, where the executable is bare Electron', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(loginItemPlan({ startAtLogin: true }, { ...linux, platform, packaged: false })).toMatchObject({
        kind: 'skip',
      });
    }
  });

  it('writes an autostart entry that starts the installed executable on Linux', () => {
    const plan = loginItemPlan({ startAtLogin: true }, linux);
    expect(plan).toEqual({
      kind: 'autostart-file',
      file: autostartFile,
      contents: autostartEntry('/opt/Loyalty Desk/loyalty-desk'),
    });
    expect(plan.kind === 'autostart-file' && plan.contents).toContain('Exec="/opt/Loyalty Desk/loyalty-desk"\n');
  });

  it('removes the autostart entry when start at login is off', () => {
    expect(loginItemPlan({ startAtLogin: false }, linux)).toEqual({
      kind: 'autostart-file',
      file: autostartFile,
      contents: null,
    });
  });

  it('refuses a path with a line break, which would add lines to the desktop entry', () => {
    expect(loginItemPlan({ startAtLogin: true }, { ...linux, executable: '/opt/x\nExec=/bin/evil' })).toMatchObject({
      kind: 'skip',
    });
  });
});

describe('quoteExecArgument', () => {
  it('quotes spaces and escapes what the Desktop Entry spec reserves', () => {
    expect(quoteExecArgument('/opt/Loyalty Desk/app')).toBe('"/opt/Loyalty Desk/app"');
    // `$` and `"` get a backslash inside the quotes, and that backslash is doubled by the string escaping.
    expect(quoteExecArgument('/opt/a$b"c')).toBe('"/opt/a\\\\$b\\\\"c"');
    expect(quoteExecArgument('/opt/a\\b')).toBe('"/opt/a\\\\\\\\b"');
    expect(quoteExecArgument('/opt/100%')).toBe('"/opt/100%%"');
  });
});

describe('applyAutostartFile', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('creates the autostart folder and entry, then removes the entry, and removing twice is fine', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-autostart-'));
    const file = path.join(dir, 'autostart', AUTOSTART_FILE_NAME);
    await applyAutostartFile(file, autostartEntry('/opt/app'));
    expect(await readFile(file, 'utf8')).toContain('[Desktop Entry]');
    expect((await stat(file)).mode & 0o777).toBe(0o644);
    await applyAutostartFile(file, null);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(applyAutostartFile(file, null)).resolves.toBeUndefined();
  });
});
