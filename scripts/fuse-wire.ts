// Reads the fuse wire out of an Electron binary and compares it with the decided fuses, so a release proves what it ships.
import { ELECTRON_FUSES, FUSE_WIRE } from '../build/fuses';

/** Marks the start of the wire in every Electron binary (@electron/fuses' SENTINEL); a version byte and a length follow. */
const SENTINEL = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'latin1');
const STATES: Record<number, 'off' | 'on' | 'removed'> = { 0x30: 'off', 0x31: 'on', 0x72: 'removed' };

/** What is wrong with the binary's fuses, one line each; empty when every fuse on its wire is as decided. */
export function fuseWireProblems(binary: Buffer): string[] {
  const at = binary.indexOf(SENTINEL);
  if (at === -1) return ['no fuse wire in this file: it is not an Electron binary'];
  const version = binary[at + SENTINEL.length];
  const length = binary[at + SENTINEL.length + 1] ?? 0;
  if (version !== 1) return [`fuse wire version ${version}; this check knows version 1`];
  const problems: string[] = [];
  if (length > FUSE_WIRE.length)
    problems.push(`the wire has ${length} fuses, ${FUSE_WIRE.length} are decided: decide the new ones in fuses.ts`);
  for (const [index, name] of FUSE_WIRE.entries()) {
    if (index >= length) {
      problems.push(`${name}: not on this binary's wire`);
      continue;
    }
    const state = STATES[binary[at + SENTINEL.length + 2 + index] ?? -1] ?? 'unknown';
    const expected = ELECTRON_FUSES[name] ? 'on' : 'off';
    if (state !== expected) problems.push(`${name}: ${state}, expected ${expected}`);
  }
  return problems;
}
