// Whether the app starts when the cashier logs in, and how each OS is told: Electron's login item on Windows and macOS,
// an XDG autostart entry on Linux (where Electron's setLoginItemSettings does nothing).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { InstallationSettings } from '../settings/installation';

export interface LoginItemContext {
  platform: NodeJS.Platform;
  /** A development run would register the bare Electron binary, which starts no app at all. */
  packaged: boolean;
  /** process.execPath: the installed app's executable (Linux ships as a deb only, so it is a fixed path in /opt). */
  executable: string;
  /** The XDG config folder (Electron's appData path on Linux), whose autostart/ folder desktops read at login. */
  configDir: string;
}

export type LoginItemPlan =
  | { kind: 'skip'; reason: string }
  | { kind: 'login-item'; openAtLogin: boolean }
  /** Write `contents` to `file`, or remove the file when contents is null. */
  | { kind: 'autostart-file'; file: string; contents: string | null };

export const AUTOSTART_FILE_NAME = 'loyalty-desk.desktop';

export function loginItemPlan(
  settings: Pick<InstallationSettings, 'startAtLogin'>,
  context: LoginItemContext,
): LoginItemPlan {
  if (!context.packaged) return { kind: 'skip', reason: 'not an installed app' };
  if (context.platform === 'win32' || context.platform === 'darwin')
    return { kind: 'login-item', openAtLogin: settings.startAtLogin };
  if (context.platform !== 'linux') return { kind: 'skip', reason: `no login items on ${context.platform}` };
  const file = path.join(context.configDir, 'autostart', AUTOSTART_FILE_NAME);
  if (!settings.startAtLogin) return { kind: 'autostart-file', file, contents: null };
  const { executable } = context;
  if (/[\r\n]/.test(executable))
    return { kind: 'skip', reason: 'the executable path cannot be written into a desktop entry' };
  return { kind: 'autostart-file', file, contents: autostartEntry(executable) };
}

/**
 * Quotes one Exec argument as the Desktop Entry spec asks: inside double quotes, `"` `` ` `` `$` `\` get a backslash;
 * then the file's string escaping doubles every backslash again; `%` is doubled so it is not read as a field code.
 */
export function quoteExecArgument(argument: string): string {
  const quoted = `"${argument.replace(/["`$\\]/g, (char) => `\\${char}`)}"`;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Loyalty Desk',
    'Comment=Started at login by Loyalty Desk; turn it off in the app, not here',
    `Exec=${quoteExecArgument(executable)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Carries out an autostart-file plan: writes the entry, or removes it (a missing file is already the wanted state). */
export async function applyAutostartFile(file: string, contents: string | null): Promise<void> {
  if (contents === null) {
    await rm(file, { force: true });
    return;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, contents, { mode: 0o644 });
}
