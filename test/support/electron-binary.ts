// Whether a runnable Electron binary is installed; here it cannot be downloaded, so the Electron runs are skipped, saying why.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const electronPackageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));

/** The binary's path, or null when `electron` was installed without it (no install script runs, and no download is possible). */
export function electronBinary(): string | null {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronPackageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_SKIP_REASON =
  'The Electron binary is not installed on this machine (it is fetched on first launch and cannot be downloaded here); ' +
  'these specs ran in Chromium through the same handlers instead.';
