// Reading a journal file back: a crash can cut it anywhere, and a damaged line in the middle is reported, never skipped silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLine } from '../../../electron/journal/line';
import { scanJournal } from '../../../electron/journal/scan';

const accept = (value: unknown) => value as { n: number; pad: string };
const records = (count: number) => Array.from({ length: count }, (_, n) => ({ n, pad: 'ж'.repeat(n * 7) }));
const fileOf = (items: object[]) => Buffer.from(items.map(encodeLine).join(''));

describe('scanning a journal file', () => {
  it('gives back the whole records before any cut, and never a half one', () => {
    const items = records(6);
    const bytes = fileOf(items);
    const lineEnds = items.map((_, index) =>
      Buffer.byteLength(
        items
          .slice(0, index + 1)
          .map(encodeLine)
          .join(''),
      ),
    );
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      const scan = scanJournal(bytes.subarray(0, cut), accept);
      const whole = lineEnds.filter((end) => end <= cut).length;
      expect(scan.records).toEqual(items.slice(0, whole));
      expect(scan.damaged).toEqual([]);
      const boundary = cut === 0 || lineEnds.includes(cut);
      expect(scan.tornTailAt).toBe(boundary ? null : (lineEnds[whole - 1] ?? 0));
      expect(scan.cleanLength).toBe(lineEnds[whole - 1] ?? 0);
    }
  });

  it('keeps a damaged middle line aside, with its place, and reads the lines after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.nat(), (target, at) => {
        const items = records(5);
        const lines = items.map((item) => Buffer.from(encodeLine(item)));
        const damagedLine = lines[target]!;
        // Any byte but the newline: turn it into another printable byte.
        const index = at % (damagedLine.length - 1);
        damagedLine[index] = damagedLine[index] === 0x30 ? 0x31 : 0x30;
        const scan = scanJournal(Buffer.concat(lines), accept);
        expect(scan.records).toEqual(items.filter((_, n) => n !== target));
        expect(scan.damaged).toEqual([
          {
            line: target + 1,
            offset: Buffer.concat(lines.slice(0, target)).length,
            bytes: damagedLine.subarray(0, -1),
          },
        ]);
        expect(scan.tornTailAt).toBeNull();
      }),
    );
  });

  it('takes a failing last line, newline or not, as torn rather than damaged', () => {
    const bytes = Buffer.concat([fileOf(records(2)), Buffer.from('0000abcd {"n":9}\n')]);
    const scan = scanJournal(bytes, accept);
    expect(scan.records).toHaveLength(2);
    expect(scan.damaged).toEqual([]);
    expect(scan.tornTailAt).toBe(fileOf(records(2)).length);
  });

  it('sets aside a line the caller does not accept as a record', () => {
    const bytes = fileOf([{ n: 1, pad: '' }, { other: true }, { n: 2, pad: '' }]);
    const scan = scanJournal(bytes, (value) => ((value as { n?: number }).n === undefined ? undefined : value));
    expect(scan.records).toHaveLength(2);
    expect(scan.damaged.map((line) => line.line)).toEqual([2]);
  });
});
