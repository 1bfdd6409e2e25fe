// The bench's browser: Debian's Chromium as the tests launch it, and the page-side readings (marks, frames, heap, clock).
import { chromium, type Browser, type Page } from '@playwright/test';
import type { MarkName } from '../../renderer/src/lib/marks';
import type { BridgeMarkName } from '../support/bridge';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A page the size of the terminal's screen, in Russian. */
export async function newTerminalPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
  });
  // tsx compiles with esbuild's keepNames, which wraps each named function in __name(fn, "name"); functions handed to the
  // page (the test bridge's init script among them) carry those calls with them, so the page needs a __name that does nothing.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return context.newPage();
}

export function clearMarks(page: Page): Promise<void> {
  return page.evaluate(() => performance.clearMarks());
}

/** Resolves once the page has a mark of this name (made since the last clearMarks), with its time on the page's clock. */
export function waitForMark(page: Page, name: MarkName): Promise<number> {
  return page.evaluate(
    (markName) =>
      new Promise<number>((resolve) => {
        const already = performance.getEntriesByName(markName, 'mark')[0];
        if (already) return resolve(already.startTime);
        const observer = new PerformanceObserver((list) => {
          const made = list.getEntriesByName(markName, 'mark')[0];
          if (!made) return;
          observer.disconnect();
          resolve(made.startTime);
        });
        observer.observe({ type: 'mark' });
      }),
    name,
  );
}

/** Milliseconds from one mark to another, both of the last run. */
export function markGap(page: Page, from: MarkName | BridgeMarkName, to: MarkName | BridgeMarkName): Promise<number> {
  return page.evaluate(
    (names) => {
      const [start, end] = names.map((name) => performance.getEntriesByName(name, 'mark')[0]);
      if (!start || !end) throw new Error(`Missing mark: ${names.join(' or ')}`);
      return end.startTime - start.startTime;
    },
    [from, to],
  );
}

/** The page's JS heap in bytes after a full garbage collection, as DevTools reports it. */
export async function pageHeapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** performance.timeOrigin + performance.now() in Node: the same wall-clock-based scale as the page's. */
export const nodeNow = () => performance.timeOrigin + performance.now();

/**
 * How far the page's clock (timeOrigin + mark time) is ahead of Node's: from the round trip that came back fastest out
 * of several, the page's reading is taken to fall at the middle of it; `uncertainty` is half that round trip.
 */
export async function pageClockOffset(
  page: Page,
  tries = 20,
): Promise<{ offset: number; uncertainty: number; pageOrigin: number }> {
  let best = { offset: 0, uncertainty: Infinity, pageOrigin: 0 };
  for (let index = 0; index < tries; index += 1) {
    const sent = nodeNow();
    const reading = await page.evaluate(() => ({ origin: performance.timeOrigin, now: performance.now() }));
    const back = nodeNow();
    const uncertainty = (back - sent) / 2;
    if (uncertainty < best.uncertainty)
      best = { offset: reading.origin + reading.now - (sent + back) / 2, uncertainty, pageOrigin: reading.origin };
  }
  return best;
}
