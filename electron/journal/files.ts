// The journal's files: one per local day, numbered so their order survives a clock set back, and flushing a folder's entries.
import { open, readdir } from 'node:fs/promises';

export interface JournalFile {
  /** Increases with every new file, whatever the clock says. */
  seq: number;
  /** The terminal's local day the file was started on, YYYY-MM-DD. */
  day: string;
  name: string;
}

const FILE_NAME = /^(\d{6})-(\d{4}-\d{2}-\d{2})\.jsonl$/;

export function journalFileName(seq: number, day: string): string {
  return `${String(seq).padStart(6, '0')}-${day}.jsonl`;
}

/** The journal files in `dir`, oldest first; other files (the quarantine, anything a person left there) are ignored. */
export async function listJournalFiles(dir: string): Promise<JournalFile[]> {
  const names = await readdir(dir);
  return names
    .flatMap((name) => {
      const match = FILE_NAME.exec(name);
      return match ? [{ seq: Number(match[1]), day: match[2]!, name }] : [];
    })
    .sort((a, b) => a.seq - b.seq);
}

/** The terminal's local calendar day of an instant, YYYY-MM-DD: the day a cashier would name. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The instants [start, end) of a local day given as YYYY-MM-DD. */
export function dayBounds(day: string): { start: number; end: number } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { start: new Date(year, month - 1, date).getTime(), end: new Date(year, month - 1, date + 1).getTime() };
}

/**
 * Flushes a folder's list of entries, so a file just created survives a power cut. Windows cannot open a folder for
 * this; NTFS journals its own metadata there, so the step is skipped.
 */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Appends text to a file and flushes it to disk before resolving. */
export async function appendAndSync(file: string, text: string): Promise<void> {
  const handle = await open(file, 'a');
  try {
    await handle.appendFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
