// The quarantine: a copy of every journal line that could not be read back, kept for a person to look at, never lost.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { appendAndSync, syncDirectory } from './files';
import { encodeLine } from './line';
import { scanJournal } from './scan';

export const QUARANTINE_FILE = 'quarantine.jsonl';

/** `damaged`: a line in the middle of a file failed its check; `torn`: the unfinished last line a crash left. */
export type SetAsideKind = 'damaged' | 'torn';

export interface SetAsideLine {
  kind: SetAsideKind;
  file: string;
  line: number;
  offset: number;
  bytes: Buffer;
}

const quarantined = z.object({
  type: z.literal('set-aside'),
  kind: z.enum(['damaged', 'torn']),
  file: z.string(),
  line: z.number(),
  offset: z.number(),
  at: z.number(),
  /** The line's bytes exactly as found, base64, since they need not be text. */
  bytes: z.string(),
});

function keyOf(file: string, offset: number, bytes: Buffer): string {
  return `${file}:${offset}:${crc32(bytes)}`;
}

/** Copies lines into the quarantine file unless they are there already (a damaged line is seen at every start); fsynced. */
export async function setAside(dir: string, lines: SetAsideLine[], at: number): Promise<SetAsideLine[]> {
  if (lines.length === 0) return [];
  const file = path.join(dir, QUARANTINE_FILE);
  const existing = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  const known = new Set(
    existing
      ? scanJournal(existing, (value) => quarantined.safeParse(value).data).records.map((entry) =>
          keyOf(entry.file, entry.offset, Buffer.from(entry.bytes, 'base64')),
        )
      : [],
  );
  const fresh = lines.filter((entry) => !known.has(keyOf(entry.file, entry.offset, entry.bytes)));
  if (fresh.length === 0) return [];
  const text = fresh
    .map(({ kind, file: source, line, offset, bytes }) =>
      encodeLine({ type: 'set-aside', kind, file: source, line, offset, at, bytes: bytes.toString('base64') }),
    )
    .join('');
  await appendAndSync(file, text);
  if (!existing) await syncDirectory(dir);
  return fresh;
}
