// Part 1: Enter in the phone field to the card painted with balances and coupons, against search + balance ‖ coupons by
// fetch: a number typed at a cashier's pace (type-ahead and prefetch have had the time to work) and one pasted with Enter.
import type { Page } from '@playwright/test';
import { DEMO } from '../../../electron/training/demo-data';
import type { Desk } from '../../support/desk';
import { bridgeMark } from '../../support/bridge';
import { markGap } from '../browser';
import { backToSearch, DIGIT_EVERY_MS, lookUp, lookUpTyped } from '../cashier';
import { figure, ratioFigure, type Figure } from '../figures';
import { rawLookup } from '../raw';
import { sample, samplePaired, summarize } from '../stats';
import { watchCall, type WatchedCall } from '../watch-call';

export const TYPED_LOOKUP_TARGET_RATIO = 0.25;
export const PASTED_LOOKUP_TARGET_RATIO = 1.1;

interface LookedUp {
  /** What goes into the field. */
  typed: string;
  /** What the app searches by. */
  digits: string;
  id: number;
}

/** A whole number as a cashier types it, country code first; the search is by its last ten digits. */
const TYPED: LookedUp = {
  typed: DEMO.countryCode7.phone,
  digits: DEMO.countryCode7.national,
  id: DEMO.countryCode7.id,
};
/** The API document's own example number, ten digits starting with 7: pasted, it is searched on Enter only. */
const PASTED: LookedUp = { typed: DEMO.single.phone, digits: DEMO.single.phone, id: DEMO.single.id };

export async function benchLookup(desk: Desk, page: Page, runs: number): Promise<Figure[]> {
  const measure = async (lookUpOnce: (page: Page, phone: string) => Promise<number>, number: LookedUp) => {
    const samples = await samplePaired(
      runs,
      async () => {
        const elapsed = await lookUpOnce(page, number.typed);
        await backToSearch(page);
        return elapsed;
      },
      () => rawLookup(desk.simulatorUrl, number.digits, number.id),
    );
    return { app: summarize(samples.app), baseline: summarize(samples.baseline) };
  };
  const typed = await measure(lookUpTyped, TYPED);
  const pasted = await measurePasted(desk, page, runs);
  const bridge = summarize(await sample(runs, () => page.evaluate(timeQuickestCall)));
  const baselineName = 'fetch search, then balance ‖ coupons';
  return [
    ratioFigure(
      {
        part: 1,
        name: `typed look-up (a digit every ${DIGIT_EVERY_MS} ms, then Enter): Enter → card painted`,
        unit: 'ms',
        ...typed,
        baselineName,
      },
      TYPED_LOOKUP_TARGET_RATIO,
    ),
    ratioFigure(
      {
        part: 1,
        name: 'pasted look-up (paste, Enter at once): Enter → card painted',
        unit: 'ms',
        app: summarize(pasted.app),
        baseline: summarize(pasted.baseline),
        baselineName,
      },
      PASTED_LOOKUP_TARGET_RATIO,
    ),
    figure({
      part: 1,
      name: "pasted look-up: of which the test bridge's two crossings on the way (the search going in, the card coming out)",
      unit: 'ms',
      app: summarize(pasted.crossings),
      note: "each run: the page's time from the search leaving it to the card's answer back, less the main side's from the search call to the card call answered; Electron's IPC crosses here instead, and its cost cannot be measured on this machine",
    }),
    figure({
      part: 1,
      name: "pasted look-up less those two crossings: the app's own share",
      unit: 'ms',
      app: summarize(pasted.app.map((elapsed, index) => elapsed - pasted.crossings[index]!)),
      baseline: summarize(pasted.baseline),
      baselineName,
    }),
    figure({
      part: 1,
      name: "the test bridge's own cost: one call that reads no server (appInfo), timed in the page",
      unit: 'ms',
      app: bridge,
      note: 'Playwright’s binding stands in for Electron’s IPC here; a look-up crosses it twice on its way (the search in, the card out)',
    }),
  ];
}

/**
 * The pasted look-up, each run also split in two: the time its two crossings of the test bridge took (the search's way
 * in, the card's way out; the crossings in between overlap the card's read) and the rest, which is the app's own.
 */
async function measurePasted(desk: Desk, page: Page, runs: number) {
  let seen: { search?: WatchedCall<'searchClients'>; card?: WatchedCall<'getCustomer'> } = {};
  const unwatch = [
    watchCall(desk.handlers, 'searchClients', (call) => (seen.search = call)),
    watchCall(desk.handlers, 'getCustomer', (call) => (seen.card = call)),
  ];
  const crossings: number[] = [];
  const samples = await samplePaired(
    runs,
    async (index) => {
      seen = {};
      const elapsed = await lookUp(page, PASTED.typed);
      const { search, card } = seen;
      if (!search || !card) throw new Error('The pasted look-up made no search or no card call');
      const inPage = await markGap(page, bridgeMark('searchClients', 'sent'), bridgeMark('getCustomer', 'answered'));
      if (index >= 0) crossings.push(inPage - (card.finishedAt - search.startedAt));
      await backToSearch(page);
      return elapsed;
    },
    () => rawLookup(desk.simulatorUrl, PASTED.digits, PASTED.id),
  );
  unwatch.forEach((undo) => undo());
  return { ...samples, crossings };
}

/** In the page: `window.pos.appInfo()` from the call to its answer, as the window sees any call. */
async function timeQuickestCall(): Promise<number> {
  const { pos } = window as unknown as { pos: { appInfo(): Promise<unknown> } };
  const started = performance.now();
  await pos.appInfo();
  return performance.now() - started;
}
