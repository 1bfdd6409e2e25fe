// One record per line with a checksum: what goes in comes out, and no changed byte is ever taken for a record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLine, encodeLine } from '../../../electron/journal/line';

const record = fc.dictionary(fc.string(), fc.jsonValue());

describe('journal lines', () => {
  it('reads back every record it wrote, on one line', () => {
    fc.assert(
      fc.property(record, (value) => {
        const line = encodeLine(value);
        expect(line.indexOf('\n')).toBe(line.length - 1);
        expect(decodeLine(line.slice(0, -1))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('refuses a line with any one byte changed', () => {
    fc.assert(
      fc.property(record, fc.nat(), fc.integer({ min: 1, max: 255 }), (value, at, delta) => {
        const bytes = Buffer.from(encodeLine(value).slice(0, -1));
        const index = at % bytes.length;
        bytes[index] = (bytes[index]! + delta) % 256;
        expect(decodeLine(bytes.toString('utf8'))).toBeUndefined();
      }),
    );
  });

  it('refuses a line cut short', () => {
    fc.assert(
      fc.property(record, fc.nat(), (value, at) => {
        const line = encodeLine(value).slice(0, -1);
        expect(decodeLine(line.slice(0, at % line.length))).toBeUndefined();
      }),
    );
  });
});
