// Part 6: a shift of look-ups: the main side's and the page's heap after 1,000 compared with after 10 (growth is a leak),
// and the page's over the second half alone (code warming up grows early and stops; a leak grows in both halves alike).
import type { Page } from '@playwright/test';
import { DEMO } from '../../../electron/training/demo-data';
import type { Desk } from '../../support/desk';
import { pageHeapUsed } from '../browser';
import { serveCustomer } from '../cashier';
import { figure, type Figure } from '../figures';

export const HEAP_GROWTH_TARGET = 0.1;

/** Customers with one phone each, served in turn as a queue would bring them. */
const QUEUE = [DEMO.single, DEMO.couponHolder, DEMO.rich, DEMO.newcomer, DEMO.bigHistory, DEMO.unknownCurrency].map(
  (client) => client.phone,
);

async function mainHeapUsed(): Promise<number> {
  if (!global.gc) throw new Error('Run the bench with node --expose-gc (npm run bench does)');
  // Twice: what the first collection frees can let the second free more (weak references, finalizers).
  global.gc();
  await new Promise((resolve) => setImmediate(resolve));
  global.gc();
  return process.memoryUsage().heapUsed;
}

async function serve(page: Page, from: number, to: number): Promise<void> {
  for (let index = from; index < to; index += 1) await serveCustomer(page, QUEUE[index % QUEUE.length]!);
}

export async function benchMemory(desk: Desk, page: Page, lookups: number): Promise<Figure[]> {
  // A thousand look-ups at 50 ms a request would take minutes; the heap does not depend on the latency.
  desk.simulator.setLatency(0);
  const early = 10;
  await serve(page, 0, early);
  const main10 = await mainHeapUsed();
  const page10 = await pageHeapUsed(page);
  const half = Math.max(early, Math.floor(lookups / 2));
  await serve(page, early, half);
  const pageHalf = await pageHeapUsed(page);
  await serve(page, half, lookups);
  const mainN = await mainHeapUsed();
  const pageN = await pageHeapUsed(page);

  const count = (n: number) => n.toLocaleString('en-US');
  const heapFigure = (name: string, after10: number, afterN: number) => {
    const growth = afterN / after10 - 1;
    return figure({
      part: 6,
      name: `${name} heap after ${count(lookups)} look-ups`,
      unit: 'MB',
      app: afterN / 2 ** 20,
      baselineName: `after ${early}`,
      baseline: after10 / 2 ** 20,
      target: { text: `growth ≤ ${HEAP_GROWTH_TARGET * 100}%`, met: growth <= HEAP_GROWTH_TARGET },
      note: `growth ${(growth * 100).toFixed(1)}%; simulator latency 0 for this part`,
    });
  };
  return [
    heapFigure('main side (bench process)', main10, mainN),
    heapFigure('page JS', page10, pageN),
    figure({
      part: 6,
      name: `page JS heap, second half only: after ${count(lookups)} look-ups`,
      unit: 'MB',
      app: pageN / 2 ** 20,
      baselineName: `after ${count(half)}`,
      baseline: pageHalf / 2 ** 20,
      note: `growth ${((pageN / pageHalf - 1) * 100).toFixed(1)}% over the last ${count(lookups - half)} look-ups, against ${((pageHalf / page10 - 1) * 100).toFixed(1)}% over the ${count(half - early)} before them`,
    }),
  ];
}
