// The window sizes the fit specs run at: the usual terminal, the window's minimum size, and 150 % zoom of the usual one.
import type { ViewportSize } from '@playwright/test';

export interface WindowSize {
  name: string;
  viewport: ViewportSize;
  deviceScaleFactor: number;
}

/**
 * 150 % zoom is played the way Chromium (and Electron's zoomFactor) does it: the 1280×800 window keeps its device
 * pixels, CSS pixels grow 1.5 times, so the page lays out in a viewport of 1280/1.5 × 800/1.5 ≈ 853×533 CSS px with a
 * devicePixelRatio of 1.5. Media queries, layout and overflow see exactly what they see at 150 % zoom.
 */
export const WINDOW_SIZES: WindowSize[] = [
  { name: '1280×800', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: '1024×700', viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1 },
  {
    name: '150 % of 1280×800',
    viewport: { width: Math.floor(1280 / 1.5), height: Math.floor(800 / 1.5) },
    deviceScaleFactor: 1.5,
  },
];

/** A file-name-safe tag for a size: "1280x800", "1024x700", "zoom150". */
export const sizeTag = (size: WindowSize) =>
  size.deviceScaleFactor === 1 ? `${size.viewport.width}x${size.viewport.height}` : 'zoom150';
