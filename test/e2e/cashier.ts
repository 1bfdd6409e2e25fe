// Steps every cashier spec takes, said once: find a customer by phone, open their card, start a write-off.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const phoneField = (app: Page) => app.getByLabel('Телефон покупателя');

/** The screen shown, without the live region that repeats its outcomes for screen readers. */
export const screen = (app: Page) => app.locator('main > section');

/** Types a phone the way a cashier would and presses Enter. */
export async function searchPhone(app: Page, phone: string): Promise<void> {
  await phoneField(app).fill(phone);
  await app.keyboard.press('Enter');
}

/** Finds the customer with this (unique) phone; their card is open when this returns. */
export async function openCustomer(app: Page, phone: string, heading: string | RegExp): Promise<void> {
  await searchPhone(app, phone);
  await expect(app.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Можно списать' })).toBeVisible();
}

/** From the card: F2, the write-off form with the purchase total focused. */
export async function startWriteOff(app: Page): Promise<void> {
  await app.keyboard.press('F2');
  await expect(app.getByLabel('Сумма покупки, ₽')).toBeFocused();
}
