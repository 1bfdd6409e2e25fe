// Part 5: the built renderer's JS and CSS gzipped, navigation → the search field focused against the HTML's arrival, and
// the settings' first opening (their files loaded then) against opening them again.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { MARKS } from '../../../renderer/src/lib/marks';
import { RENDERER_DIR, type Desk } from '../../support/desk';
import { waitForMark } from '../browser';
import { backToSearch } from '../cashier';
import { figure, type Figure } from '../figures';
import { sample, summarize } from '../stats';

/** 60 KB, counted as 60,000 bytes. */
export const WEIGHT_TARGET_BYTES = 60_000;

interface Weight {
  js: number;
  css: number;
  rawJs: number;
  rawCss: number;
}

/** Gzipped (-9) and raw sizes of the JS and CSS files among `files`, paths relative to the built renderer. */
async function weigh(files: string[]): Promise<Weight> {
  const sizes = { js: 0, css: 0, rawJs: 0, rawCss: 0 };
  for (const file of files) {
    const kind = path.extname(file) === '.js' ? 'js' : path.extname(file) === '.css' ? 'css' : null;
    if (!kind) continue;
    const bytes = await readFile(path.join(RENDERER_DIR, file));
    sizes[kind] += gzipSync(bytes, { level: 9 }).length;
    sizes[kind === 'js' ? 'rawJs' : 'rawCss'] += bytes.length;
  }
  return sizes;
}

/** What the window loads to start: the scripts, styles and preloads index.html names. */
async function startFiles(): Promise<string[]> {
  const html = await readFile(path.join(RENDERER_DIR, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const describeWeight = (weight: Weight) =>
  `JS ${kb(weight.js)} (${kb(weight.rawJs)} raw), CSS ${kb(weight.css)} (${kb(weight.rawCss)} raw); gzip -9`;

export async function benchRenderer(desk: Desk, page: Page, runs: number): Promise<Figure[]> {
  const atStart = await weigh(await startFiles());
  const all = await weigh(await readdir(RENDERER_DIR, { recursive: true }));
  const startBytes = atStart.js + atStart.css;
  // Every start loads every file again, as a freshly started app reads them from its package.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const documentArrived: number[] = [];
  const settingsAgain: number[] = [];
  const ready = await sample(runs, async (index) => {
    await page.goto(`${desk.origin}/index.html`);
    const readyAt = await waitForMark(page, MARKS.searchReady);
    const arrived = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
    );
    if (index >= 0) documentArrived.push(arrived);
    return readyAt;
  });
  const settingsFirst = await sample(runs, async (index) => {
    await page.goto(`${desk.origin}/index.html`);
    await waitForMark(page, MARKS.searchReady);
    const first = await page.evaluate(f10ToPinField);
    await backToSearch(page);
    const again = await page.evaluate(f10ToPinField);
    if (index >= 0) settingsAgain.push(again);
    // Closed again: the parts after this one start from the search screen.
    await backToSearch(page);
    return first;
  });
  await cdp.detach();

  return [
    figure({
      part: 5,
      name: 'renderer JS + CSS gzipped, loaded at start',
      unit: 'KB',
      app: startBytes / 1000,
      target: { text: `≤ ${WEIGHT_TARGET_BYTES / 1000} KB`, met: startBytes <= WEIGHT_TARGET_BYTES },
      note: describeWeight(atStart),
    }),
    figure({
      part: 5,
      name: 'renderer JS + CSS gzipped, all files (lazy chunks too)',
      unit: 'KB',
      app: (all.js + all.css) / 1000,
      note: describeWeight(all),
    }),
    figure({
      part: 5,
      name: 'start: navigation → search field focused',
      unit: 'ms',
      app: summarize(ready),
      baselineName: 'navigation → HTML received',
      baseline: summarize(documentArrived),
    }),
    figure({
      part: 5,
      name: 'settings, first opening after a start (their files loaded then): F10 → PIN field painted',
      unit: 'ms',
      app: summarize(settingsFirst),
      baselineName: 'opened again',
      baseline: summarize(settingsAgain),
    }),
  ];
}

/** In the page: F10 on the search screen, to the frame after the settings' PIN field is in the page. */
function f10ToPinField(): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', bubbles: true, cancelable: true }));
    const painted = () => requestAnimationFrame(() => resolve(performance.now() - started));
    const poll = () => (document.querySelector('input[type="password"]') ? painted() : requestAnimationFrame(poll));
    poll();
  });
}
