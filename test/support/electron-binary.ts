// Where a runnable Electron binary is, if anywhere; here it cannot be downloaded, so the Electron runs are skipped, saying why.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const electronPackageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));

/** The executable's path inside Electron's dist folder on each OS, as the electron package's installer names it. */
const EXECUTABLE: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'electron',
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
};

/**
 * The binary's path, or null. In order: LOYALTY_DESK_ELECTRON (a binary anywhere), ELECTRON_OVERRIDE_DIST_PATH (the
 * electron package's own override, a dist folder), then the electron package's dist folder, where `npx install-electron`
 * or the first `npx electron` puts it (path.txt names the executable; without it, the OS's usual name).
 */
export function electronBinary(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const named = env.LOYALTY_DESK_ELECTRON;
  if (named) return existsSync(named) ? named : null;
  const pathFile = path.join(electronPackageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : EXECUTABLE[platform];
  if (!executable) return null;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronPackageDir, 'dist');
  const binary = path.join(dist, executable);
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_SKIP_REASON =
  'The Electron binary is not installed on this machine (it is fetched on first launch and cannot be downloaded here); ' +
  'these specs ran in Chromium through the same handlers instead. Set LOYALTY_DESK_ELECTRON to a binary, or run ' +
  '`npx install-electron`, to run them in Electron.';
