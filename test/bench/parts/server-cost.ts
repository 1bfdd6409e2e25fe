// Part 7: what reading ahead costs the server: requests per customer served, counted by the simulator, against what the
// same screens need when nothing is read ahead (one search per number searched, balance + coupons per card shown, one
// history request per page shown).
import type { Page } from '@playwright/test';
import { DEMO } from '../../../electron/training/demo-data';
import type { RouteName } from '../../../electron/training/types';
import { MARKS } from '../../../renderer/src/lib/marks';
import type { Desk } from '../../support/desk';
import { clearMarks, waitForMark } from '../browser';
import { backToSearch, lookUp, lookUpTyped, phoneField } from '../cashier';
import { figure, type Figure } from '../figures';
import { GLANCE_MS } from './history';

/** Served in a row for each way of working; the counts are divided by this. */
const CUSTOMERS = 6;
/** After the last customer, longer than any request takes to reach the simulator, so all it was sent is counted. */
const QUIET_MS = 300;
/** A breath between the groups of a number, long enough for type-ahead to search what is typed so far. */
const GROUP_PAUSE_MS = 450;

interface Way {
  name: string;
  /** Serves one customer and says how many cards and history pages it showed. */
  serve(page: Page): Promise<{ cards: number; pages: number }>;
}

const whole = DEMO.countryCode7.phone;

const WAYS: Way[] = [
  {
    name: 'typed at a cashier’s pace, card, next customer',
    serve: async (page) => {
      await lookUpTyped(page, whole);
      await backToSearch(page);
      return { cards: 1, pages: 0 };
    },
  },
  {
    name: 'typed in groups with pauses (+7 916 123 45 67), card, next customer',
    serve: async (page) => {
      for (const group of ['+7', '916', '123', '45']) {
        await phoneField(page).pressSequentially(group, { delay: 120 });
        await page.waitForTimeout(GROUP_PAUSE_MS);
      }
      await lookUpTyped(page, '67');
      await backToSearch(page);
      return { cards: 1, pages: 0 };
    },
  },
  {
    name: 'pasted with Enter, card, next customer',
    serve: async (page) => {
      await lookUp(page, DEMO.single.phone);
      await backToSearch(page);
      return { cards: 1, pages: 0 };
    },
  },
  {
    name: 'pasted with Enter, card, history with two page turns, next customer',
    serve: async (page) => {
      await lookUp(page, DEMO.bigHistory.phone);
      await clearMarks(page);
      await page.keyboard.press('F3');
      await waitForMark(page, MARKS.historyPainted);
      for (let turn = 0; turn < 2; turn += 1) {
        await page.waitForTimeout(GLANCE_MS);
        await clearMarks(page);
        await page.keyboard.press('PageDown');
        await waitForMark(page, MARKS.historyPainted);
      }
      await page.keyboard.press('Escape');
      await backToSearch(page);
      return { cards: 1, pages: 3 };
    },
  },
];

const difference = (after: Record<RouteName, number>, before: Record<RouteName, number>) =>
  Object.fromEntries(Object.entries(after).map(([route, count]) => [route, count - before[route as RouteName]])) as Record<RouteName, number>;

export async function benchServerCost(desk: Desk, page: Page): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const way of WAYS) {
    const before = desk.simulator.requests();
    let shown = { cards: 0, pages: 0 };
    for (let customer = 0; customer < CUSTOMERS; customer += 1) {
      const served = await way.serve(page);
      shown = { cards: shown.cards + served.cards, pages: shown.pages + served.pages };
    }
    await page.waitForTimeout(QUIET_MS);
    const sent = difference(desk.simulator.requests(), before);
    const total = sent.clients + sent.balance + sent.coupons + sent.history;
    const needed = sent.clients + 2 * shown.cards + shown.pages;
    figures.push(
      figure({
        part: 7,
        name: `requests per customer: ${way.name}`,
        unit: 'count',
        app: total / CUSTOMERS,
        baselineName: 'without reading ahead',
        baseline: needed / CUSTOMERS,
        note: `extra ${((total - needed) / CUSTOMERS).toFixed(2)} per customer; over ${CUSTOMERS} customers: search ${sent.clients}, balance ${sent.balance}, coupons ${sent.coupons}, history ${sent.history}; shown ${shown.cards} cards, ${shown.pages} history pages`,
      }),
    );
  }
  return figures;
}
