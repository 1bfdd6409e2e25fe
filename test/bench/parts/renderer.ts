// Part 5: the built renderer's JS and CSS gzipped, and navigation → the search field focused, against the HTML's arrival.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { MARKS } from '../../../renderer/src/lib/marks';
import { RENDERER_DIR, type Desk } from '../../support/desk';
import { waitForMark } from '../browser';
import { figure, type Figure } from '../figures';
import { sample, summarize } from '../stats';

/** 60 KB, counted as 60,000 bytes. */
export const WEIGHT_TARGET_BYTES = 60_000;

async function gzippedSizes(): Promise<{ js: number; css: number; rawJs: number; rawCss: number }> {
  const sizes = { js: 0, css: 0, rawJs: 0, rawCss: 0 };
  const files = await readdir(RENDERER_DIR, { recursive: true });
  for (const file of files) {
    const kind = path.extname(file) === '.js' ? 'js' : path.extname(file) === '.css' ? 'css' : null;
    if (!kind) continue;
    const bytes = await readFile(path.join(RENDERER_DIR, file));
    sizes[kind] += gzipSync(bytes, { level: 9 }).length;
    sizes[kind === 'js' ? 'rawJs' : 'rawCss'] += bytes.length;
  }
  return sizes;
}

export async function benchRenderer(desk: Desk, page: Page, runs: number): Promise<Figure[]> {
  const sizes = await gzippedSizes();
  const total = sizes.js + sizes.css;
  // Every start loads every file again, as a freshly started app reads them from its package.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const documentArrived: number[] = [];
  const ready = await sample(runs, async (index) => {
    await page.goto(`${desk.origin}/index.html`);
    const readyAt = await waitForMark(page, MARKS.searchReady);
    const arrived = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd);
    if (index >= 0) documentArrived.push(arrived);
    return readyAt;
  });
  await cdp.detach();

  return [
    figure({
      part: 5,
      name: 'renderer JS + CSS gzipped',
      unit: 'KB',
      app: total / 1000,
      target: { text: `≤ ${WEIGHT_TARGET_BYTES / 1000} KB`, met: total <= WEIGHT_TARGET_BYTES },
      note: `JS ${(sizes.js / 1000).toFixed(1)} KB (${(sizes.rawJs / 1000).toFixed(1)} KB raw), CSS ${(sizes.css / 1000).toFixed(1)} KB (${(sizes.rawCss / 1000).toFixed(1)} KB raw); gzip -9`,
    }),
    figure({
      part: 5,
      name: 'start: navigation → search field focused',
      unit: 'ms',
      app: summarize(ready),
      baselineName: 'navigation → HTML received',
      baseline: summarize(documentArrived),
    }),
  ];
}
