// One journal record as one line of text: a CRC-32 of the JSON, a space, the JSON; anything that fails the check is not a record.
import { crc32 } from 'node:zlib';

const LINE = /^([0-9a-f]{8}) (\{.*\})$/s;

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

/** The line for a record, newline included; JSON.stringify never emits a raw newline, so one record is one line. */
export function encodeLine(record: object): string {
  const json = JSON.stringify(record);
  return `${checksum(json)} ${json}\n`;
}

/** The record a line (without its newline) holds, or undefined when the line is damaged or torn. */
export function decodeLine(line: string): unknown {
  const match = LINE.exec(line);
  if (!match || checksum(match[2]!) !== match[1]) return undefined;
  try {
    return JSON.parse(match[2]!) as unknown;
  } catch {
    return undefined;
  }
}
