// Steps every cashier spec takes, said once: find a customer by phone, open their card, start a write-off, confirm one.
import type { Page } from '@playwright/test';
import { DEMO } from '../../electron/training/demo-data';
import type { Desk } from '../support/desk';
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
  // Back on the card after a write-off, the balances are read again and F2 waits for them (never a stale balance).
  await expect(screen(app).getByRole('button', { name: 'Списать F2' })).not.toHaveAttribute('aria-disabled', 'true');
  await app.keyboard.press('F2');
  await expect(app.getByLabel('Сумма покупки, ₽')).toBeFocused();
}

/** Rich's card (98 765,43 points), F2, 250 points, Enter, Enter: the write-off is on its way. */
export async function confirmRichPoints(app: Page): Promise<void> {
  await openCustomer(app, DEMO.rich.phone.slice(-4), 'Николай Фёдоров');
  await startWriteOff(app);
  await app.getByLabel('Списать баллы', { exact: true }).fill('250');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
}

/** Another till writes off points (in units, as the API takes them) from a customer, straight at the simulator. */
export async function otherTillWritesOff(desk: Desk, clientId: number, points: number): Promise<void> {
  const answer = await desk.simulator.fetch(`${desk.simulatorUrl}/ext/api/v1/clients/${clientId}/balance/write_off/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ balance: [{ amount: points, currency: 'points' }] }),
  });
  expect(answer.status).toBe(200);
}
