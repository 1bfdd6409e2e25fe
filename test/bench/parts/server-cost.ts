// Part 7: what reading ahead costs the server: requests per customer served, counted by the simulator, against what the
// same screens need when nothing is read ahead (one search per number searched, balance + coupons per card shown, one
// history request per page shown).
import type { Page } from '@playwright/test';
import { createDemoData, DEMO } from '../../../electron/training/demo-data';
import { createRandom } from '../../../electron/training/prng';
import type { RouteName, SimData } from '../../../electron/training/types';
import { MARKS } from '../../../renderer/src/lib/marks';
import type { Desk } from '../../support/desk';
import { clearMarks, waitForMark } from '../browser';
import { backToSearch, DIGIT_EVERY_MS, lookUp, lookUpTyped, phoneField } from '../cashier';
import { figure, type Figure } from '../figures';
import { GLANCE_MS } from './history';

/** Served in a row for each way of working; the counts are divided by this. */
const CUSTOMERS = 12;
/**
 * A store's worth of customers besides the demo's: with ten thousand numbers, the first four digits a cashier types
 * ("+7 9xx") end about one customer's number, so type-ahead on a pause there often finds exactly one, the wrong one.
 */
const STORE_CUSTOMERS = 10_000;
const STORE_FIRST_ID = 3_000_001;

/** The demo data and a store's worth of customers with random mobile numbers (+7 9xx xxx xx xx), the same every run. */
export function storeData(): SimData {
  const random = createRandom(13);
  const digits = (count: number) => Array.from({ length: count }, () => random.int(0, 9)).join('');
  const store = Array.from({ length: STORE_CUSTOMERS }, (_, index) => ({
    id: STORE_FIRST_ID + index,
    email: null,
    phone: `79${digits(9)}`,
    name: null,
    balance: { points: random.int(0, 1_000_000), rubles: 0 },
    coupons: [],
    history: [],
  }));
  return { clients: [...createDemoData().clients, ...store] };
}

/** The store customers served in the groups-with-pauses way, one after another. */
const storePhone = (index: number, data: SimData) =>
  data.clients.find((client) => client.id === STORE_FIRST_ID + index)!.phone!;
/** After the last customer, longer than any request takes to reach the simulator, so all it was sent is counted. */
const QUIET_MS = 300;
/** A breath between the groups of a number, long enough for type-ahead to search what is typed so far. */
const GROUP_PAUSE_MS = 450;

interface Way {
  name: string;
  /** Serves one customer (the how-manieth, in the store's data) and says how many cards and history pages it showed. */
  serve(page: Page, customer: number, data: SimData): Promise<{ cards: number; pages: number }>;
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
    name: 'typed in groups with pauses (+7 9xx xxx xx xx), card, next customer',
    serve: async (page, customer, data) => {
      const phone = storePhone(customer, data);
      const groups = ['+7', phone.slice(1, 4), phone.slice(4, 7), phone.slice(7, 9)];
      for (const group of groups) {
        await phoneField(page).pressSequentially(group, { delay: DIGIT_EVERY_MS });
        await page.waitForTimeout(GROUP_PAUSE_MS);
      }
      await lookUpTyped(page, phone.slice(9));
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
  Object.fromEntries(
    Object.entries(after).map(([route, count]) => [route, count - before[route as RouteName]]),
  ) as Record<RouteName, number>;

/** Run on a desk whose simulator holds `storeData()`. */
export async function benchServerCost(desk: Desk, page: Page, data: SimData): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const way of WAYS) {
    const before = desk.simulator.requests();
    let shown = { cards: 0, pages: 0 };
    for (let customer = 0; customer < CUSTOMERS; customer += 1) {
      const served = await way.serve(page, customer, data);
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
