// Prefetch: the one customer type-ahead finds is read before Enter, the next history page before PgDn, and
// the write-off screen always reads the balances for itself, never working from an older read.
import type { PosApi } from '../../common/contract';
import { DEMO } from '../../electron/training/demo-data';
import { openCustomer, otherTillWritesOff, phoneField, screen } from './cashier';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

/** Counts the calls of one kind the window makes, from now on. */
function countCalls(desk: { handlers: Record<string, unknown> }, name: 'searchClients' | 'getCustomer' | 'getHistory') {
  const calls: unknown[] = [];
  const real = desk.handlers[name] as (caller: unknown, argument: unknown) => Promise<unknown>;
  desk.handlers[name] = async (caller: unknown, argument: unknown) => {
    calls.push(argument);
    return real(caller, argument);
  };
  return calls;
}

test('type-ahead finding one customer reads the card ahead: Enter shows it without asking again', async ({
  app,
  desk,
}) => {
  const reads = countCalls(desk, 'getCustomer');
  await phoneField(app).pressSequentially('5678', { delay: 50 });
  await expect.poll(() => reads.length).toBe(1);
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('region', { name: 'Можно списать' })).toContainText('1 234,56 балла');
  expect(reads).toHaveLength(1);
  await saveScreenshot(app, '45-prefetched-card');
});

test('a whole number typed at a cashier’s pace is searched as its last digit lands, its card read once by the main side', async ({
  app,
  desk,
}) => {
  const searches = countCalls(desk, 'searchClients');
  const reads = countCalls(desk, 'getCustomer');
  const before = desk.simulator.requests();
  // Digits 120 ms apart: type-ahead's pause does not come (on a busy machine it may, and finds nobody); the eleventh
  // digit makes the number whole.
  await phoneField(app).pressSequentially(DEMO.countryCode7.phone, { delay: 120 });
  await expect.poll(() => reads.length).toBe(1);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Дмитрий Соколов' })).toBeVisible();
  await expect(screen(app).getByRole('region', { name: 'Можно списать' })).toBeVisible();
  expect(searches.at(-1)).toEqual({ by: 'phone', query: DEMO.countryCode7.national });
  expect(reads).toEqual([{ clientId: DEMO.countryCode7.id, justFound: true }]);
  // The window's card call joined the read the main side started as the search answered: one of each, not two.
  const after = desk.simulator.requests();
  expect([after.balance - before.balance, after.coupons - before.coupons]).toEqual([1, 1]);
});

test('a card read ahead more than a few seconds before Enter is read again', async ({ app, desk }) => {
  const reads = countCalls(desk, 'getCustomer');
  await app.clock.install();
  await phoneField(app).pressSequentially('5678', { delay: 50 });
  await app.clock.runFor(1_000);
  await expect.poll(() => reads.length).toBe(1);
  await app.clock.runFor(6_000);
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('region', { name: 'Можно списать' })).toContainText('1 234,56 балла');
  expect(reads).toHaveLength(2);
});

test('the next history page is there before PgDn', async ({ app, desk }) => {
  await openCustomer(app, DEMO.bigHistory.phone.slice(-4), 'Алексей Волков');
  const pages = countCalls(desk, 'getHistory');
  await app.keyboard.press('F3');
  await expect(screen(app).getByText('Записи 1–50', { exact: true })).toBeVisible();
  await expect.poll(() => pages.map((page) => (page as { offset: number }).offset)).toEqual([0, 50]);
  await app.keyboard.press('PageDown');
  await expect(screen(app).getByText('Записи 51–100', { exact: true })).toBeVisible();
  // The page after it is asked for in turn; the one shown was not asked for twice.
  await expect.poll(() => pages.map((page) => (page as { offset: number }).offset)).toEqual([0, 50, 100]);
});

test('the write-off screen reads the balances for itself, never using an earlier read', async ({ app, desk }) => {
  await phoneField(app).pressSequentially('5678', { delay: 50 });
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('region', { name: 'Можно списать' })).toContainText('1 234,56 балла');
  // Another till writes off 34,56 points after the card was read.
  await otherTillWritesOff(desk, DEMO.single.id, 34.56);
  await app.keyboard.press('F2');
  await expect(app.getByLabel('Сумма покупки, ₽')).toBeFocused();
  await expect(screen(app)).toContainText('Доступно: 1 200 баллов');
  await app.getByLabel('Списать баллы', { exact: true }).fill('1234,56');
  await expect(screen(app).getByText('Больше, чем доступно (1 200 баллов)')).toBeVisible();
  // One more round trip through the bridge, so nothing else is on its way.
  await app.evaluate(() => (window as unknown as { pos: PosApi }).pos.appInfo());
});
