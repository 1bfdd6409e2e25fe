// What a cashier does in the bench's runs: find a customer, page history, write off; each step waits on the renderer's marks.
import type { Page } from '@playwright/test';
import { MARKS } from '../../renderer/src/lib/marks';
import { clearMarks, markGap, waitForMark } from './browser';

export const phoneField = (page: Page) => page.getByLabel('Телефон покупателя');

/** From the search screen: types the phone, presses Enter; the milliseconds until the card's balances and coupons are painted. */
export async function lookUp(page: Page, phone: string): Promise<number> {
  await phoneField(page).fill(phone);
  await clearMarks(page);
  await page.keyboard.press('Enter');
  await waitForMark(page, MARKS.cardPainted);
  return markGap(page, MARKS.searchSubmitted, MARKS.cardPainted);
}

/** From the card (Esc, "next customer"): back to an empty, focused search field. */
export async function backToSearch(page: Page): Promise<void> {
  await clearMarks(page);
  await page.keyboard.press('Escape');
  await waitForMark(page, MARKS.searchReady);
}

/** A look-up followed by the way back, as one customer of a queue. */
export async function serveCustomer(page: Page, phone: string): Promise<number> {
  const elapsed = await lookUp(page, phone);
  await backToSearch(page);
  return elapsed;
}
