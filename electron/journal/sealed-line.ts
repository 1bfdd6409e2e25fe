// Journal lines that show who wrote them: an HMAC under the journal key, bound to the line's file and place, beside the
// CRC that tells a damaged line (a disk fault, a torn append) from one written by someone without the key.
import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** The key journal lines are sealed with, and a short id naming it in every line, so a line of an earlier key is recognised. */
export interface JournalKey {
  key: Buffer;
  /** Eight hex digits of a hash of the key: names it without revealing it. */
  id: string;
}

/**
 * The journal key, derived from the key that seals the settings file with a label of its own, so the two uses never
 * share a MAC: a sealed settings file is never a valid journal line, nor the other way round.
 */
export function journalKeyFrom(settingsKey: Buffer): JournalKey {
  const key = Buffer.from(hkdfSync('sha256', settingsKey, Buffer.alloc(0), 'loyalty-desk write-off journal v1', 32));
  return {
    key,
    id: createHash('sha256').update('loyalty-desk journal key id\n').update(key).digest('hex').slice(0, 8),
  };
}

/**
 * How far a line can be believed. `verified`: sealed by this terminal's current key at this very place (a copy moved
 * elsewhere fails). `earlier-key`: sealed under another key id (the vault was reset; or anyone writing a random id).
 * `not-verified`: names the current key but its MAC does not match. `unsigned`: a CRC-only line of the format before
 * lines were sealed; the log decides whether it was written before sealing began.
 */
export type SealTrust = 'verified' | 'earlier-key' | 'not-verified' | 'unsigned';

/** Where a line sits: its file's name and its byte offset there. The MAC covers both. */
export interface LinePlace {
  file: string;
  offset: number;
}

const SEALED = /^([0-9a-f]{8}) ([0-9a-f]{8}) ([0-9a-f]{64}) (\{.*\})$/s;
const UNSIGNED = /^([0-9a-f]{8}) (\{.*\})$/s;

const crcOf = (text: string) => crc32(text).toString(16).padStart(8, '0');

function macOf(key: Buffer, place: LinePlace, json: string): string {
  return createHmac('sha256', key)
    .update(`loyalty-desk journal line\n${place.file}\n${place.offset}\n`)
    .update(json)
    .digest('hex');
}

/** The sealed line for a record at a place, newline included: CRC of the rest, key id, MAC, JSON. */
export function sealLine(key: JournalKey, place: LinePlace, record: object): string {
  const json = JSON.stringify(record);
  const rest = `${key.id} ${macOf(key.key, place, json)} ${json}`;
  return `${crcOf(rest)} ${rest}\n`;
}

/** The value a line (without its newline) holds and how far it can be believed; undefined when it is damaged or torn. */
export function openLine(
  key: JournalKey,
  place: LinePlace,
  line: string,
): { value: unknown; trust: SealTrust } | undefined {
  const sealed = SEALED.exec(line);
  const unsigned = sealed ? null : UNSIGNED.exec(line);
  const json = sealed ? sealed[4]! : unsigned?.[2];
  if (json === undefined) return undefined;
  const rest = sealed ? line.slice(9) : json;
  if (crcOf(rest) !== (sealed ?? unsigned)![1]) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!sealed) return { value, trust: 'unsigned' };
  if (sealed[2] !== key.id) return { value, trust: 'earlier-key' };
  const expected = Buffer.from(macOf(key.key, place, json), 'hex');
  return { value, trust: timingSafeEqual(expected, Buffer.from(sealed[3]!, 'hex')) ? 'verified' : 'not-verified' };
}
