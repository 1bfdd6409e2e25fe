// A settings file that cannot be read is kept aside under a dated name, and the terminal starts again from defaults.
import { existsSync, renameSync } from 'node:fs';

export interface Opened<S> {
  store: S;
  /** Where the damaged file was kept, when it was; null when the file opened as it was. */
  keptAs: string | null;
}

/** The name a damaged file is kept under: beside it, with the time, so a manager or support can still read it. */
export function damagedFileName(file: string, at: number): string {
  const stamp = new Date(at)
    .toISOString()
    .replaceAll(':', '-')
    .replace(/\.\d+Z$/, 'Z');
  return file.replace(/(\.json)?$/, `.damaged-${stamp}$1`);
}

/**
 * Opens the store; if that throws (invalid JSON, or a schema the file breaks) and the file exists, renames the file
 * aside and opens a fresh store. A second failure is not a damaged file and is thrown as it is.
 */
export function openKeepingDamagedAside<S>(open: () => S, file: string, now: () => number = Date.now): Opened<S> {
  try {
    return { store: open(), keptAs: null };
  } catch (error) {
    if (!existsSync(file)) throw error;
    const keptAs = damagedFileName(file, now());
    renameSync(file, keptAs);
    return { store: open(), keptAs };
  }
}
