// Write-off at checkout: limits, the confirmation, exactly one POST however often Enter is pressed, and every outcome shown as it is.
import type { Page } from '@playwright/test';
import { DEMO } from '../../electron/training/demo-data';
import type { WriteOffDesk } from '../../electron/checkout/write-off';
import { PosFailure } from '../../common/failure';
import type { ErrorCode } from '../../common/result';
import { settleAs, settlingWriteOffs } from '../support/settling-write-offs';
import { openCustomer, screen, startWriteOff } from './cashier';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const field = (name: string) => (app: Page) => app.getByLabel(name, { exact: true });
const purchase = field('Сумма покупки, ₽');
const points = field('Списать баллы');
const rubles = field('Списать рубли');

/** Rich has 98 765,43 points, 25 000 rubles and two valid coupons. */
async function openRich(app: Page) {
  await openCustomer(app, DEMO.rich.phone.slice(-4), 'Николай Фёдоров');
  await startWriteOff(app);
}

/** Opens Rich's write-off, asks for 250 points and confirms. */
async function confirmPoints(app: Page) {
  await openRich(app);
  await points(app).fill('250');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
}

test('writes off points, rubles and a coupon after a confirmation, and shows the balance read again', async ({
  app,
  desk,
}) => {
  await openRich(app);
  await purchase(app).fill('1500');
  await points(app).fill('300,5');
  await rubles(app).fill('200.25');
  const [firstCoupon] = desk.simulator.coupons(DEMO.rich.id);
  await screen(app).getByRole('checkbox').first().check();
  const summary = screen(app).getByRole('region', { name: 'Итого' });
  await expect(summary).toContainText('300,5 балла');
  await expect(summary).toContainText('200,25 ₽');
  await expect(summary).toContainText(`купон «${firstCoupon!.title}»`);
  await expect(summary).toContainText('Останется оплатить');
  await expect(summary).toContainText('999,25 ₽');
  await saveScreenshot(app, '10-write-off');

  await points(app).press('Enter');
  const confirm = screen(app).getByRole('region', { name: 'Подтвердите списание' });
  await expect(confirm).toContainText('Списать у покупателя Николай Фёдоров:');
  await expect(confirm.getByRole('listitem')).toHaveText(['300,5 балла', '200,25 ₽', `купон «${firstCoupon!.title}»`]);
  await expect(confirm.getByRole('button', { name: 'Списать Enter' })).toBeFocused();
  expect(desk.simulator.writeOffPosts).toBe(0);
  await saveScreenshot(app, '11-write-off-confirm');

  await app.keyboard.press('Enter');
  const outcome = screen(app).getByRole('region', { name: 'Списано' });
  await expect(outcome).toContainText('300,5 балла · 200,25 ₽');
  // The balances shown afterwards are read from the server, not worked out here.
  await expect(outcome).toContainText('Теперь на счёте: 98 464,93 балла · 24 799,75 ₽');
  expect(desk.simulator.writeOffPosts).toBe(1);
  expect(desk.simulator.balance(DEMO.rich.id)).toEqual({
    points: DEMO.rich.points - 30_050,
    rubles: DEMO.rich.rubles - 20_025,
  });
  expect(desk.simulator.coupons(DEMO.rich.id).map((coupon) => coupon.id)).not.toContain(firstCoupon!.id);
  await expect(app.getByRole('button', { name: 'Следующий покупатель Enter' })).toBeFocused();
  await expect(app.getByRole('status').filter({ hasText: 'Списано' })).toHaveCount(1);
  await saveScreenshot(app, '12-outcome-written-off');

  await app.keyboard.press('Enter');
  await expect(app.getByLabel('Телефон покупателя')).toBeFocused();
});

test('Esc on the confirmation goes back to the form with everything kept, and nothing is sent', async ({
  app,
  desk,
}) => {
  await openRich(app);
  await points(app).fill('10');
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('region', { name: 'Подтвердите списание' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(points(app)).toHaveValue('10');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: 'Списать F2' })).toBeFocused();
  expect(desk.simulator.writeOffPosts).toBe(0);
});

test('an amount above the balance is blocked', async ({ app, desk }) => {
  await openCustomer(app, '5678', DEMO.single.name);
  await startWriteOff(app);
  await points(app).fill('1234,57');
  await expect(screen(app).getByText('Больше, чем доступно (1 234,56 балла)')).toBeVisible();
  await expect(points(app)).toHaveAttribute('aria-invalid', 'true');
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('region', { name: 'Подтвердите списание' })).toHaveCount(0);
  await expect(points(app)).toBeFocused();
  await points(app).fill('1234,56');
  await expect(points(app)).toHaveAttribute('aria-invalid', 'false');
  expect(desk.simulator.writeOffPosts).toBe(0);
});

test('points and rubles together never exceed the purchase, and "all" fills what is allowed', async ({ app }) => {
  await openRich(app);
  await purchase(app).fill('1000');
  await points(app).fill('700');
  await rubles(app).fill('400');
  await expect(screen(app).getByText('Больше суммы покупки: можно не больше 300,00 ₽')).toBeVisible();
  await app.keyboard.press('F7');
  await expect(rubles(app)).toHaveValue('300,00');
  await expect(screen(app).getByRole('region', { name: 'Итого' })).toContainText('0,00 ₽');
  await rubles(app).fill('');
  await points(app).fill('');
  await app.keyboard.press('F6');
  await expect(points(app)).toHaveValue('1000,00');
});

test('too many decimals and letters are said in words', async ({ app }) => {
  await openRich(app);
  await points(app).fill('1,234');
  await expect(screen(app).getByText('Не больше двух знаков после запятой')).toBeVisible();
  await rubles(app).fill('сто');
  await expect(screen(app).getByText('Введите сумму цифрами, например 150 или 150,50')).toBeVisible();
});

test('nothing chosen cannot go on to the confirmation', async ({ app }) => {
  await openRich(app);
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('alert')).toHaveText('Укажите сумму или выберите купон');
  await expect(screen(app).getByRole('region', { name: 'Подтвердите списание' })).toHaveCount(0);
});

test('an expired coupon cannot be selected; one that expires today can', async ({ app, desk }) => {
  const coupons = desk.simulator.coupons(DEMO.couponHolder.id);
  const title = (id: number) => coupons.find((coupon) => coupon.id === id)!.title;
  await openCustomer(app, DEMO.couponHolder.phone.slice(-4), 'Мария Кузнецова');
  await startWriteOff(app);
  const expired = screen(app).getByRole('checkbox', { name: title(DEMO.couponHolder.expiredCouponId) });
  await expect(expired).toBeDisabled();
  await expired.click({ force: true });
  await expect(expired).not.toBeChecked();
  const today = screen(app).getByRole('checkbox', { name: title(DEMO.couponHolder.todayCouponId) });
  await today.focus();
  await app.keyboard.press('Space');
  await expect(today).toBeChecked();
  await expect(screen(app).getByRole('region', { name: 'Итого' })).not.toContainText(
    title(DEMO.couponHolder.expiredCouponId),
  );
});

test.describe('with a slow server', () => {
  test('a second Enter while sending does nothing: exactly one write-off is sent', async ({ app, desk }) => {
    await openRich(app);
    await points(app).fill('5');
    await app.keyboard.press('Enter');
    await expect(screen(app).getByRole('button', { name: 'Списать Enter' })).toBeFocused();
    desk.simulator.setLatency(1500);
    await app.keyboard.press('Enter');
    const sending = screen(app).getByText('Списываем… Не закрывайте окно.');
    await expect(sending).toBeVisible();
    await app.keyboard.press('Enter');
    // The button says it is disabled (aria-disabled keeps the focus on it): force the click a hurried cashier would make.
    await screen(app).getByRole('button', { name: 'Списать Enter' }).click({ force: true });
    await app.keyboard.press('Enter');
    // Still sending after all of them: every extra Enter and click landed while the write-off was on its way.
    await expect(sending).toBeVisible();
    await expect(screen(app).getByRole('region', { name: 'Списано' })).toBeVisible();
    desk.simulator.setLatency(0);
    expect(desk.simulator.writeOffPosts).toBe(1);
    expect(desk.simulator.balance(DEMO.rich.id).points).toBe(DEMO.rich.points - 500);
  });
});

test('a refused write-off shows the server’s own message, and nothing is written off', async ({ app, desk }) => {
  desk.simulator.injectFault({
    kind: 'status',
    status: 422,
    match: 'write-off',
    body: { message: 'Списание временно запрещено для этой карты' },
  });
  await openRich(app);
  await points(app).fill('100');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
  const outcome = screen(app).getByRole('region', { name: 'Сервер отказал в списании' });
  await expect(outcome).toContainText('Списание временно запрещено для этой карты');
  await expect(outcome).toContainText('Ничего не списано.');
  expect(desk.simulator.balance(DEMO.rich.id).points).toBe(DEMO.rich.points);
  await saveScreenshot(app, '13-outcome-refused');
  // Esc goes back to the form, amounts kept, to change them.
  await app.keyboard.press('Escape');
  await expect(points(app)).toHaveValue('100');
});

test('the server refusing for lack of funds is shown in its words', async ({ app, desk }) => {
  await openCustomer(app, '5678', DEMO.single.name);
  await startWriteOff(app);
  await points(app).fill('1000');
  // Another till spends most of the points between the card being read and this write-off.
  await desk.simulator.fetch(`${desk.simulatorUrl}/ext/api/v1/clients/${DEMO.single.id}/balance/write_off/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ balance: [{ amount: 1000, currency: 'points' }] }),
  });
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('region', { name: 'Сервер отказал в списании' })).toContainText(
    'Недостаточно средств (points)',
  );
});

test('an unknown outcome warns that it may have gone through and offers no way to repeat it', async ({ app, desk }) => {
  desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
  await confirmPoints(app);
  const outcome = screen(app).getByRole('region', { name: 'Неизвестно, прошло ли списание' });
  await expect(outcome).toContainText('списание могло пройти, даже позже. Не повторяйте его');
  await expect(outcome).toContainText('Покупатель закреплён за этим терминалом');
  await expect(outcome).toContainText('Списание: 250 баллов');
  await expect(outcome.getByRole('button', { name: /Списать|Изменить/ })).toHaveCount(0);
  // A reflexive Enter on this screen lands on its heading and does nothing.
  await expect(outcome.getByRole('heading', { name: 'Неизвестно, прошло ли списание' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(outcome).toBeVisible();
  expect(desk.simulator.writeOffPosts).toBe(1);
  await saveScreenshot(app, '14-outcome-unknown');
});

test.describe('a write-off in doubt, settled by the real read-back', () => {
  // Reads half a second apart and a watch period of a second and a half, instead of minutes.
  test.use({ deskOptions: { settleTiming: { watchMs: 1_500, readDelayMs: () => 500, backgroundMs: 0 } } });

  test('the server had applied it: the cashier sees that it went through, with the balance read again', async ({
    app,
    desk,
  }) => {
    desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
    await confirmPoints(app);
    const outcome = screen(app).getByRole('region', { name: 'Проверка показала: списание прошло' });
    await expect(outcome).toContainText('Теперь на счёте: 98 515,43 балла · 25 000,00 ₽');
    await expect(app.getByRole('button', { name: 'Следующий покупатель Enter' })).toBeFocused();
    await saveScreenshot(app, '15-outcome-settled-applied');
    expect(desk.simulator.writeOffPosts).toBe(1);
    expect(desk.simulator.balance(DEMO.rich.id).points).toBe(DEMO.rich.points - 25_000);
  });

  test('the server had not applied it: the cashier may write off again, and that one goes through', async ({
    app,
    desk,
  }) => {
    desk.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    await confirmPoints(app);
    const outcome = screen(app).getByRole('region', { name: 'Списание так и не появилось на сервере' });
    await expect(outcome).toContainText('Можно провести его снова');
    await expect(outcome).not.toContainText('Ничего не списано');
    await saveScreenshot(app, '16-outcome-settled-not-applied');
    expect(desk.simulator.balance(DEMO.rich.id).points).toBe(DEMO.rich.points);
    await app.keyboard.press('Enter');
    await expect(points(app)).toHaveValue('250');
    await app.keyboard.press('Enter');
    await app.keyboard.press('Enter');
    await expect(screen(app).getByRole('region', { name: 'Списано' })).toBeVisible();
    expect(desk.simulator.writeOffPosts).toBe(2);
    expect(desk.simulator.balance(DEMO.rich.id).points).toBe(DEMO.rich.points - 25_000);
  });
});

test.describe('a write-off in doubt, step by step', () => {
  const settlement = settlingWriteOffs(settleAs({ state: 'settled-applied', reviewNote: null }));
  test.use({ deskOptions: { writeOffs: settlement.wrap } });

  test('each step of reading back is said in plain words', async ({ app, desk }) => {
    desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
    await confirmPoints(app);
    await expect(screen(app).getByText('Проверяем счёт покупателя…')).toBeVisible();
    await expect(screen(app).getByText('Пока не видно. Проверим ещё раз…')).toBeVisible();
    await expect(screen(app).getByText('Проверяем ещё раз…')).toBeVisible();
    await expect(screen(app).getByRole('region', { name: 'Проверка показала: списание прошло' })).toBeVisible();
  });
});

test.describe('a write-off in doubt that needs a manager', () => {
  const note = 'В истории найдено два подходящих списания по 250 баллов';
  const settlement = settlingWriteOffs(settleAs({ state: 'needs-review', reviewNote: note }));
  test.use({ deskOptions: { writeOffs: settlement.wrap } });

  test('asks for a manager and shows what reading back found', async ({ app, desk }) => {
    desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
    await confirmPoints(app);
    const outcome = screen(app).getByRole('region', { name: 'Нужна проверка менеджером' });
    await expect(outcome).toContainText('Позовите менеджера. Не повторяйте списание.');
    await expect(outcome).toContainText(note);
    await saveScreenshot(app, '17-outcome-needs-review');
  });
});

test.describe('asking about a write-off in doubt', () => {
  const settlement = settlingWriteOffs([{ state: 'in-doubt', step: 'reading-back', reviewNote: null }]);
  test.use({ deskOptions: { writeOffs: settlement.wrap } });

  test('happens about once a second, and stops with the next customer', async ({ app, desk }) => {
    await app.clock.install();
    desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
    await confirmPoints(app);
    await expect(screen(app).getByRole('region', { name: 'Неизвестно, прошло ли списание' })).toBeVisible();
    expect(settlement.asked).toBe(0);
    await app.clock.runFor(1_000);
    await expect.poll(() => settlement.asked).toBe(1);
    await expect(screen(app).getByText('Проверяем счёт покупателя…')).toBeVisible();
    await app.clock.runFor(1_000);
    await expect.poll(() => settlement.asked).toBe(2);
    // The card goes on asking: it shows what became of the last write-off until the next customer.
    await app.keyboard.press('Escape');
    await expect(app.getByRole('button', { name: 'Списать F2' })).toBeFocused();
    await app.clock.runFor(1_000);
    await expect.poll(() => settlement.asked).toBe(3);
    await app.keyboard.press('Escape');
    await expect(app.getByLabel('Телефон покупателя')).toBeFocused();
    await app.clock.runFor(10_000);
    // One more round trip through the bridge, so a question asked after leaving would have arrived.
    await app.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(settlement.asked).toBe(3);
  });
});

/** A main side whose write-off fails with `code` before anything is sent. */
const failingWriteOffs =
  (code: ErrorCode, message: string) =>
  (real: WriteOffDesk): WriteOffDesk => ({
    ...real,
    send: async () => {
      throw new PosFailure(code, message);
    },
  });

test.describe('when another write-off for the customer is still unsettled', () => {
  test.use({
    deskOptions: { writeOffs: failingWriteOffs('busy', 'Another write-off for this client is not settled yet') },
  });

  test('says so plainly, and that this one was not sent', async ({ app }) => {
    await confirmPoints(app);
    const outcome = screen(app).getByRole('region', { name: 'Предыдущее списание этого покупателя ещё не завершено' });
    await expect(outcome).toContainText('Дождитесь его результата. Новое списание не отправлено.');
    await saveScreenshot(app, '18-outcome-busy');
  });
});

test.describe('when the write-off provably never left the terminal', () => {
  test.use({ deskOptions: { writeOffs: failingWriteOffs('network', 'The loyalty server could not be reached') } });

  test('says nothing was written off and lets the cashier try again', async ({ app }) => {
    await confirmPoints(app);
    const outcome = screen(app).getByRole('region', { name: 'Списание не отправлено: нет связи с сервером' });
    await expect(outcome).toContainText('Ничего не списано, можно попробовать снова.');
    await expect(outcome.getByRole('button', { name: 'Изменить списание Esc' })).toBeFocused();
  });
});
