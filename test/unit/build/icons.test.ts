// The committed icon set: rendered from build/icon.svg as it is now, every size present and the size its name says.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PNG_SIZES, pngName, SOURCE_HASH_FILE, sourceHash } from '../../../scripts/icon-set';

const ICONS = 'build/icons';

describe('icon set', () => {
  it('was rendered from the current build/icon.svg (run `npm run icons` after editing the mark)', () => {
    expect(readFileSync(`${ICONS}/${SOURCE_HASH_FILE}`, 'utf8')).toBe(
      sourceHash(readFileSync('build/icon.svg', 'utf8')),
    );
  });

  it('holds every PNG size, the .ico and the .icns, and nothing else', () => {
    const expected = [...PNG_SIZES.map(pngName), 'icon.ico', 'icon.icns', SOURCE_HASH_FILE].sort();
    expect(readdirSync(ICONS).sort()).toEqual(expected);
  });

  it.each(PNG_SIZES)('has a %ipx PNG of that size', (size) => {
    const png = readFileSync(`${ICONS}/${pngName(size)}`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });

  it('has a Windows icon with several sizes and a macOS icon whose length matches its header', () => {
    const ico = readFileSync(`${ICONS}/icon.ico`);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    const icns = readFileSync(`${ICONS}/icon.icns`);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
