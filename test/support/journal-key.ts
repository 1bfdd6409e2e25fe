// The journal key the tests seal with, and reading a sealed journal file back whatever key sealed it (to see what was said).
import { openLine, journalKeyFrom } from '../../electron/journal/sealed-line';
import { scanLines, type ScannedFile } from '../../electron/journal/scan';

export const TEST_JOURNAL_KEY = journalKeyFrom(Buffer.alloc(32, 7));

/** The records of one journal file, sealed under any key or none; damaged lines are listed as the log would. */
export function readJournalFile<R>(
  bytes: Buffer,
  fileName: string,
  accept: (value: unknown) => R | undefined,
): ScannedFile<R> {
  return scanLines(bytes, (line, offset) => {
    const opened = openLine(TEST_JOURNAL_KEY, { file: fileName, offset }, line);
    return opened && accept(opened.value);
  });
}
