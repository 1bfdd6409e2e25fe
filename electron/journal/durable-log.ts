// An append-only log of JSON records in a folder: each record on disk (fsync) before append resolves, one file per local day.
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { journalFileName, listJournalFiles, localDay, syncDirectory, type JournalFile } from './files';
import { encodeLine } from './line';
import { setAside, type SetAsideLine } from './quarantine';
import { scanJournal } from './scan';

export interface DurableLogOptions<R extends object> {
  dir: string;
  now: () => number;
  /** A decoded line as a record of the caller's kind, or undefined when it is not one (it is then set aside as damaged). */
  accept: (value: unknown) => R | undefined;
  /**
   * What a new day's file must start with so that it alone holds everything still unfinished: called when the log
   * moves to a new file. Recovery then reads back only to the newest file whose carried records were all written.
   */
  carry: () => R[];
}

export interface Recovered<R> {
  /** The records of the files recovery read, oldest first. */
  records: R[];
  /** Lines copied to the quarantine at this start: damaged ones, and a torn last record. */
  setAside: Omit<SetAsideLine, 'bytes'>[];
}

export interface DurableLog<R> {
  /** Resolves once the record is on disk; after a failed write the file is cut back so no half line stays in it. */
  append(record: R): Promise<void>;
  files(): Promise<JournalFile[]>;
  /** A file's records as they stand; damaged lines are set aside (a torn last line is an append in progress, skipped). */
  read(file: JournalFile): Promise<{ records: R[]; damaged: number }>;
  close(): Promise<void>;
}

/** Written after the carried records at the top of each file: the file is complete from here on. */
interface Checkpoint {
  type: 'checkpoint';
  at: number;
  carried: number;
}

export function isCheckpoint(value: unknown): value is Checkpoint {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'checkpoint';
}

interface OpenFile extends JournalFile {
  handle: FileHandle;
  /** Bytes of whole lines in the file: where it is cut back to after a failed write. */
  length: number;
}

export async function openDurableLog<R extends object>(options: DurableLogOptions<R>): Promise<{ log: DurableLog<R>; recovered: Recovered<R> }> {
  const { dir, now, carry } = options;
  await mkdir(dir, { recursive: true });
  const accept = (value: unknown): R | Checkpoint | undefined => (isCheckpoint(value) ? value : options.accept(value));
  const files = await listJournalFiles(dir);

  // Newest first, back to a file that carried everything unfinished into itself (its checkpoint was written).
  const scanned: { file: JournalFile; records: (R | Checkpoint)[] }[] = [];
  const toSetAside: SetAsideLine[] = [];
  let newest: OpenFile | null = null;
  for (const file of [...files].reverse()) {
    const full = path.join(dir, file.name);
    const bytes = await readFile(full);
    const scan = scanJournal(bytes, accept);
    toSetAside.push(...scan.damaged.map((line) => ({ ...line, kind: 'damaged' as const, file: file.name })));
    if (scanned.length === 0) {
      if (scan.tornTailAt !== null) {
        toSetAside.push({ kind: 'torn', file: file.name, line: scan.records.length + scan.damaged.length + 1, offset: scan.tornTailAt, bytes: bytes.subarray(scan.tornTailAt) });
      }
      newest = { ...file, handle: await open(full, 'r+'), length: scan.cleanLength };
    }
    scanned.unshift({ file, records: scan.records });
    if (scan.records.some(isCheckpoint)) break;
  }
  const setAsideNow = await setAside(dir, toSetAside, now());
  // The torn record was never reported written; once a copy is kept, cutting it off lets the next append start a fresh line.
  if (newest && toSetAside.some((line) => line.kind === 'torn')) {
    await newest.handle.truncate(newest.length);
    await newest.handle.sync();
  }
  let current: OpenFile | null = newest;
  const records = scanned.flatMap(({ records: fileRecords }) => fileRecords.filter((record): record is R => !isCheckpoint(record)));

  let lastSeq = files.at(-1)?.seq ?? 0;
  let queue: Promise<void> = Promise.resolve();
  let broken: Error | null = null;

  async function write(file: OpenFile, text: string): Promise<void> {
    try {
      await file.handle.write(text, file.length, 'utf8');
      await file.handle.sync();
      file.length += Buffer.byteLength(text);
    } catch (error) {
      // A half-written line would swallow the next record; if it cannot be cut off, the log refuses further appends.
      await file.handle.truncate(file.length).catch((truncateError: unknown) => {
        broken = truncateError instanceof Error ? truncateError : new Error(String(truncateError));
      });
      throw error;
    }
  }

  async function startFile(day: string): Promise<OpenFile> {
    lastSeq += 1;
    const name = journalFileName(lastSeq, day);
    const handle = await open(path.join(dir, name), 'wx+');
    await syncDirectory(dir);
    const file: OpenFile = { seq: lastSeq, day, name, handle, length: 0 };
    const carried = carry();
    const checkpoint: Checkpoint = { type: 'checkpoint', at: now(), carried: carried.length };
    await write(file, [...carried, checkpoint].map(encodeLine).join(''));
    return file;
  }

  async function appendNow(record: R): Promise<void> {
    if (broken) throw broken;
    const day = localDay(now());
    if (!current || current.day !== day) {
      const previous = current;
      current = await startFile(day);
      await previous?.handle.close();
    }
    await write(current, encodeLine(record));
  }

  const log: DurableLog<R> = {
    append(record) {
      const done = queue.then(() => appendNow(record));
      queue = done.catch(() => undefined);
      return done;
    },
    files: () => listJournalFiles(dir),
    async read(file) {
      const scan = scanJournal(await readFile(path.join(dir, file.name)), accept);
      await setAside(dir, scan.damaged.map((line) => ({ ...line, kind: 'damaged', file: file.name })), now());
      return { records: scan.records.filter((record): record is R => !isCheckpoint(record)), damaged: scan.damaged.length };
    },
    async close() {
      await queue;
      await current?.handle.close();
      current = null;
      broken = new Error('The journal is closed');
    },
  };
  return { log, recovered: { records, setAside: setAsideNow.map(({ bytes: _bytes, ...line }) => line) } };
}
