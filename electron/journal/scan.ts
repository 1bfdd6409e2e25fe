// Reading a journal file back: the records it holds, the damaged lines among them, and a torn last line left by a crash.
import { decodeLine } from './line';

/** A line that failed its checksum (or is not a record) while lines after it are whole: kept aside for review, never dropped. */
export interface DamagedLine {
  /** 1-based line number in its file. */
  line: number;
  /** Byte offset of the line in its file. */
  offset: number;
  bytes: Buffer;
}

export interface ScannedFile<R> {
  records: R[];
  damaged: DamagedLine[];
  /**
   * Where a torn last record begins: a crash mid-append left a line that is unfinished or fails its check. It was
   * never reported as written (that happens only after fsync), so it is dropped; null when the file ends cleanly.
   */
  tornTailAt: number | null;
  /** Bytes of the file that hold whole lines. */
  cleanLength: number;
}

const NEWLINE = 0x0a;

/** CRC-only lines (the quarantine's): `accept` turns a decoded value into a record of the caller's kind, or undefined when it is not one. */
export function scanJournal<R>(bytes: Buffer, accept: (value: unknown) => R | undefined): ScannedFile<R> {
  return scanLines(bytes, (text) => {
    const decoded = decodeLine(text);
    return decoded === undefined ? undefined : accept(decoded);
  });
}

/** Any line format: `read` turns a line (without its newline) at a byte offset into a record, or undefined when it is none. */
export function scanLines<R>(bytes: Buffer, read: (line: string, offset: number) => R | undefined): ScannedFile<R> {
  const records: R[] = [];
  const damaged: DamagedLine[] = [];
  let offset = 0;
  let line = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(NEWLINE, offset);
    line += 1;
    const isLast = end === -1 || end === bytes.length - 1;
    const lineEnd = end === -1 ? bytes.length : end;
    const record = end === -1 ? undefined : read(bytes.subarray(offset, lineEnd).toString('utf8'), offset);
    if (record !== undefined) records.push(record);
    else if (isLast) return { records, damaged, tornTailAt: offset, cleanLength: offset };
    else damaged.push({ line, offset, bytes: Buffer.from(bytes.subarray(offset, lineEnd)) });
    offset = lineEnd + 1;
  }
  return { records, damaged, tornTailAt: null, cleanLength: bytes.length };
}
