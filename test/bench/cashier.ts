// What a cashier does in the bench's runs: find a customer, page history, write off; each step waits on the renderer's marks.
import type { Page } from '@playwright/test';
import { MARKS } from '../../renderer/src/lib/marks';
import { clearMarks, markGap, waitForMark } from './browser';

export const phoneField = (page: Page) => page.getByLabel('Телефон покупателя');

/** A cashier's pace: a digit about every 120 ms, and Enter as one more key at that pace after the last digit. */
export const DIGIT_EVERY_MS = 120;

/** From the search screen: pastes the phone and presses Enter at once; the milliseconds until the card's balances and coupons are painted. */
export async function lookUp(page: Page, phone: string): Promise<number> {
  await phoneField(page).fill(phone);
  return enterToCard(page);
}

/** From the search screen: types the phone a digit at a time at a cashier's pace, then Enter; Enter → card painted (ms). */
export async function lookUpTyped(page: Page, phone: string): Promise<number> {
  // Each key is held `delay` ms (down, wait, up): digits land that far apart, and Enter, pressed as the last digit's key
  // comes up, lands that far after it.
  await phoneField(page).pressSequentially(phone, { delay: DIGIT_EVERY_MS });
  return enterToCard(page);
}

async function enterToCard(page: Page): Promise<number> {
  await clearMarks(page);
  await page.keyboard.press('Enter');
  await waitForMark(page, MARKS.cardPainted);
  return markGap(page, MARKS.searchSubmitted, MARKS.cardPainted);
}

/** From the card or a screen over the search (Esc): back to an empty, focused search field. */
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
