// Every record in a write-off journal folder, read as recovery would: for tests and the fault run to see what was said.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { acceptJournalRecord, type JournalRecord } from '../../electron/checkout/journal-records';
import { readJournalFile } from './journal-key';

/** Oldest file first. */
export async function journalRecords(dir: string): Promise<JournalRecord[]> {
  const names = (await readdir(dir)).filter((name) => /^\d{6}-.*\.jsonl$/.test(name)).sort();
  const records: JournalRecord[] = [];
  for (const name of names)
    records.push(...readJournalFile(await readFile(path.join(dir, name)), name, acceptJournalRecord).records);
  return records;
}
