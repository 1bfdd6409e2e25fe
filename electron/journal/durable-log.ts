// An append-only log of JSON records in a folder: each record on disk (fsync) before append resolves, one file per local
// day, every line sealed under the journal key so a line written by anyone else is told apart from the log's own.
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { journalFileName, listJournalFiles, localDay, syncDirectory, type JournalFile } from './files';
import { setAside, type SetAsideLine } from './quarantine';
import { scanLines, type ScannedFile } from './scan';
import type { LineTrust, ReadRecord } from './line-trust';
import { openLine, sealLine, type JournalKey } from './sealed-line';

export interface DurableLogOptions<R extends object> {
  dir: string;
  now: () => number;
  key: JournalKey;
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
  records: ReadRecord<R>[];
  /** Lines copied to the quarantine at this start: damaged ones, and a torn last record. */
  setAside: Omit<SetAsideLine, 'bytes'>[];
  /**
   * No checkpoint sealed by the current key was found (the first start after sealing began, or the vault's key was
   * lost): the caller folds the records, then calls `reseal`, so the next start reads back only to lines of this key.
   */
  resealNeeded: boolean;
}

export interface DurableLog<R> {
  /** Resolves once the record is on disk; after a failed write the file is cut back so no half line stays in it. */
  append(record: R): Promise<void>;
  files(): Promise<JournalFile[]>;
  /** A file's records as they stand; damaged lines are set aside (a torn last line is an append in progress, skipped). */
  read(file: JournalFile): Promise<{ records: ReadRecord<R>[]; damaged: number }>;
  /** Starts a new file now, carrying what is unfinished under the current key. */
  reseal(): Promise<void>;
  close(): Promise<void>;
}

/** Written after the carried records at the top of each file: the file is complete from here on. */
interface Checkpoint {
  type: 'checkpoint';
  at: number;
  carried: number;
  /** The number of the first file whose lines were sealed: a CRC-only line from there on was not written by the app. */
  signedSince?: number;
}

export function isCheckpoint(value: unknown): value is Checkpoint {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'checkpoint';
}

interface OpenFile extends JournalFile {
  handle: FileHandle;
  /** Bytes of whole lines in the file: where it is cut back to after a failed write. */
  length: number;
}

type Scanned<R> = { record: R | Checkpoint; trust: LineTrust | 'unsigned' };

export async function openDurableLog<R extends object>(
  options: DurableLogOptions<R>,
): Promise<{ log: DurableLog<R>; recovered: Recovered<R> }> {
  const { dir, now, carry, key } = options;
  await mkdir(dir, { recursive: true });
  const accept = (value: unknown): R | Checkpoint | undefined => (isCheckpoint(value) ? value : options.accept(value));
  const scanFile = (file: JournalFile, bytes: Buffer): ScannedFile<Scanned<R>> =>
    scanLines(bytes, (line, offset) => {
      const opened = openLine(key, { file: file.name, offset }, line);
      const record = opened && accept(opened.value);
      return record === undefined ? undefined : { record, trust: opened!.trust };
    });
  const isSealedCheckpoint = (entry: Scanned<R>) => entry.trust === 'verified' && isCheckpoint(entry.record);
  const files = await listJournalFiles(dir);

  // Newest first, back to a file that carried everything unfinished into itself under this key (its checkpoint was
  // written and sealed). A checkpoint nobody can vouch for does not stop the reading: anyone can write one.
  const scanned: { file: JournalFile; entries: Scanned<R>[] }[] = [];
  const toSetAside: SetAsideLine[] = [];
  let newest: OpenFile | null = null;
  let sealedCheckpoint: { file: JournalFile; checkpoint: Checkpoint } | null = null;
  for (const file of [...files].reverse()) {
    const full = path.join(dir, file.name);
    const bytes = await readFile(full);
    const scan = scanFile(file, bytes);
    toSetAside.push(...scan.damaged.map((line) => ({ ...line, kind: 'damaged' as const, file: file.name })));
    if (scanned.length === 0) {
      if (scan.tornTailAt !== null) {
        toSetAside.push({
          kind: 'torn',
          file: file.name,
          line: scan.records.length + scan.damaged.length + 1,
          offset: scan.tornTailAt,
          bytes: bytes.subarray(scan.tornTailAt),
        });
      }
      newest = { ...file, handle: await open(full, 'r+'), length: scan.cleanLength };
    }
    scanned.unshift({ file, entries: scan.records });
    const found = scan.records.findLast(isSealedCheckpoint);
    if (found) {
      sealedCheckpoint = { file, checkpoint: found.record as Checkpoint };
      break;
    }
  }
  // Without a sealed checkpoint every file was read. What is unfinished is then told by the newest checkpoint of any
  // kind (a vault reset: the lines are of an earlier key, kept and flagged by the caller), and sealing starts afresh.
  const fromIndex = sealedCheckpoint
    ? 0
    : Math.max(
        0,
        scanned.findLastIndex(({ entries }) => entries.some((entry) => isCheckpoint(entry.record))),
      );
  let signedSince: number | null = sealedCheckpoint
    ? (sealedCheckpoint.checkpoint.signedSince ?? sealedCheckpoint.file.seq)
    : (scanned.find(({ entries }) => entries.some((entry) => entry.trust !== 'unsigned'))?.file.seq ?? null);
  // A CRC-only line is the app's own only in a file older than the first sealed one; after that anyone could have written it.
  const trustOf = (file: JournalFile, trust: LineTrust | 'unsigned'): LineTrust =>
    trust !== 'unsigned' ? trust : signedSince !== null && file.seq >= signedSince ? 'not-verified' : 'before-signing';
  const recordsOf = (file: JournalFile, entries: Scanned<R>[]): ReadRecord<R>[] =>
    entries.flatMap(({ record, trust }) => (isCheckpoint(record) ? [] : [{ record, trust: trustOf(file, trust) }]));
  const setAsideNow = await setAside(dir, toSetAside, now());
  // The torn record was never reported written; once a copy is kept, cutting it off lets the next append start a fresh line.
  if (newest && toSetAside.some((line) => line.kind === 'torn')) {
    await newest.handle.truncate(newest.length);
    await newest.handle.sync();
  }
  let current: OpenFile | null = newest;
  const records = scanned.slice(fromIndex).flatMap(({ file, entries }) => recordsOf(file, entries));

  let lastSeq = files.at(-1)?.seq ?? 0;
  let queue: Promise<void> = Promise.resolve();
  let broken: Error | null = null;

  /** Seals each record for the place it will have in the file, then writes them in one go. */
  async function write(file: OpenFile, items: object[]): Promise<void> {
    let offset = file.length;
    const text = items
      .map((item) => {
        const line = sealLine(key, { file: file.name, offset }, item);
        offset += Buffer.byteLength(line);
        return line;
      })
      .join('');
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
    signedSince ??= lastSeq;
    const carried = carry();
    const checkpoint: Checkpoint = { type: 'checkpoint', at: now(), carried: carried.length, signedSince };
    await write(file, [...carried, checkpoint]);
    return file;
  }

  async function moveTo(day: string): Promise<OpenFile> {
    const previous = current;
    current = await startFile(day);
    await previous?.handle.close();
    return current;
  }

  async function appendNow(record: R): Promise<void> {
    if (broken) throw broken;
    const day = localDay(now());
    await write(current && current.day === day ? current : await moveTo(day), [record]);
  }

  /** One at a time, in order. */
  function enqueue(step: () => Promise<unknown>): Promise<void> {
    const done = queue.then(step).then(() => undefined);
    queue = done.catch(() => undefined);
    return done;
  }

  const log: DurableLog<R> = {
    append: (record) => enqueue(() => appendNow(record)),
    reseal: () =>
      enqueue(() => {
        if (broken) throw broken;
        return moveTo(localDay(now()));
      }),
    files: () => listJournalFiles(dir),
    async read(file) {
      const scan = scanFile(file, await readFile(path.join(dir, file.name)));
      await setAside(
        dir,
        scan.damaged.map((line) => ({ ...line, kind: 'damaged', file: file.name })),
        now(),
      );
      return { records: recordsOf(file, scan.records), damaged: scan.damaged.length };
    },
    async close() {
      await queue;
      await current?.handle.close();
      current = null;
      broken = new Error('The journal is closed');
    },
  };
  const resealNeeded = files.length > 0 && sealedCheckpoint === null;
  return { log, recovered: { records, setAside: setAsideNow.map(({ bytes: _bytes, ...line }) => line), resealNeeded } };
}
