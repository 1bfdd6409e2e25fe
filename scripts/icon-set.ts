// Renders the app's icon set from its SVG source: the PNG sizes Linux and the installers use, a Windows .ico and a macOS .icns.
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

/** Every size a desktop asks for, from a tray-sized 16 to the 1024 a macOS icon is made from. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** electron-builder finds Linux icons by the size in their name (`256x256.png`). */
export function pngName(size: number): string {
  return `${size}x${size}.png`;
}

function renderPng(svg: string, size: number): Buffer {
  // No text in the mark, so system fonts are not loaded: the output is the same on every machine.
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
  return image.asPng();
}

/**
 * The SHA-256 of the SVG the set was rendered from, written beside it: a test compares it with build/icon.svg, so an
 * edited mark without a re-rendered set fails (comparing rendered bytes would depend on the machine's CPU).
 */
export const SOURCE_HASH_FILE = 'icon.svg.sha256';

export function sourceHash(svg: string): string {
  return `${createHash('sha256').update(svg).digest('hex')}\n`;
}

/** File name to contents, for build/icons/. */
export function renderIconSet(svg: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>(PNG_SIZES.map((size) => [pngName(size), renderPng(svg, size)]));
  const largest = files.get(pngName(1024))!;
  // Lossless (0 colours = all), bicubic downscaling; the .ico keeps small sizes as bitmaps so older Windows shows them.
  const ico = png2icons.createICO(largest, png2icons.BICUBIC, 0, false, true);
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC, 0);
  if (!ico || !icns) throw new Error('png2icons could not convert the rendered icon');
  files.set('icon.ico', ico);
  files.set('icon.icns', icns);
  files.set(SOURCE_HASH_FILE, Buffer.from(sourceHash(svg)));
  return files;
}
