// The card never shows a stale balance: it is read again after a write-off before F2 works, it says what
// became of the last write-off, and balances from a failed refresh are marked and cannot start a write-off.
import type { Page } from '@playwright/test';
import { DEMO } from '../../electron/training/demo-data';
import { settleAs, settlingWriteOffs } from '../support/settling-write-offs';
import { confirmRichPoints, openCustomer, screen, startWriteOff } from './cashier';
import { expect, test } from './fixtures';
import { WINDOW_SIZES } from './sizes';

const writeOffButton = (app: Page) => screen(app).getByRole('button', { name: 'Списать F2' });
const balances = (app: Page) => screen(app).getByRole('region', { name: 'Можно списать' });
const lastWriteOff = (app: Page) => screen(app).getByRole('region', { name: 'Последнее списание' });

for (const size of WINDOW_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test.describe('an unknown outcome settled by the real read-back', () => {
      test.use({ deskOptions: { settleTiming: { watchMs: 1_500, readDelayMs: () => 500, backgroundMs: 0 } } });

      test('settled as applied: back on the card, the new balance is shown before F2 can be used', async ({
        app,
        desk,
      }) => {
        desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
        await confirmRichPoints(app);
        await expect(screen(app).getByRole('region', { name: 'Проверка показала: списание прошло' })).toContainText(
          '98 515,43 балла',
        );
        // The card's own read is slow, so the moment before it arrives can be seen.
        desk.simulator.injectFault({ kind: 'latency', ms: 1500, match: 'balance' });
        await app.keyboard.press('Escape');
        await expect(balances(app)).toContainText('обновляется…');
        await expect(balances(app)).not.toContainText('98 765,43');
        await expect(writeOffButton(app)).toHaveAttribute('aria-disabled', 'true');
        await app.keyboard.press('F2');
        // The button says it is disabled (aria-disabled keeps the focus on it): force the click a hurried cashier would make.
        await writeOffButton(app).click({ force: true });
        await expect(app.getByLabel('Сумма покупки, ₽')).toHaveCount(0);
        await expect(balances(app)).toContainText('98 515,43 балла');
        await expect(writeOffButton(app)).toHaveAttribute('aria-disabled', 'false');
        await expect(lastWriteOff(app)).toContainText('250 баллов — прошло');
        await startWriteOff(app);
        await expect(screen(app)).toContainText('Доступно: 98 515,43 балла');
        expect(desk.simulator.writeOffPosts).toBe(1);
      });
    });

    test.describe('an unknown outcome still being checked when the cashier goes back', () => {
      const settlement = settlingWriteOffs(settleAs({ state: 'settled-applied', reviewNote: null }));
      test.use({ deskOptions: { writeOffs: settlement.wrap } });

      test('the card says it is being checked, then that it went through, with the balance read again', async ({
        app,
        desk,
      }) => {
        desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
        await confirmRichPoints(app);
        await expect(screen(app).getByRole('region', { name: 'Неизвестно, прошло ли списание' })).toBeVisible();
        await app.keyboard.press('Escape');
        await expect(lastWriteOff(app)).toContainText('250 баллов — проверяется');
        await expect(lastWriteOff(app)).toContainText('прошло');
        await expect(balances(app)).toContainText('98 515,43 балла');
        await expect(writeOffButton(app)).toHaveAttribute('aria-disabled', 'false');
        expect(desk.simulator.writeOffPosts).toBe(1);
      });
    });

    test.describe('an unknown outcome that needs a manager', () => {
      const settlement = settlingWriteOffs(settleAs({ state: 'needs-review', reviewNote: 'Две подходящие записи' }));
      test.use({ deskOptions: { writeOffs: settlement.wrap } });

      test('the card says so until the next customer', async ({ app, desk }) => {
        desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
        await confirmRichPoints(app);
        await expect(screen(app).getByRole('region', { name: 'Нужна проверка менеджером' })).toBeVisible();
        await app.keyboard.press('Escape');
        await expect(lastWriteOff(app)).toContainText('250 баллов — нужна проверка менеджером');
        await app.keyboard.press('F3');
        await app.keyboard.press('Escape');
        await expect(lastWriteOff(app)).toContainText('нужна проверка менеджером');
        await app.keyboard.press('Escape');
        await openCustomer(app, DEMO.rich.phone.slice(-4), 'Николай Фёдоров');
        await expect(lastWriteOff(app)).toHaveCount(0);
      });
    });

    test('a refused write-off: back on the card, the balance is read again', async ({ app, desk }) => {
      desk.simulator.injectFault({ kind: 'status', status: 422, match: 'write-off', body: { message: 'Отказано' } });
      await confirmRichPoints(app);
      await expect(screen(app).getByRole('region', { name: 'Сервер отказал в списании' })).toBeVisible();
      await app.keyboard.press('Escape');
      await app.keyboard.press('Escape');
      await expect(lastWriteOff(app)).toContainText('250 баллов — не списано');
      await expect(balances(app)).toContainText('98 765,43 балла');
    });

    test('balances from a failed refresh are marked as not current, and no write-off starts from them', async ({
      app,
      desk,
    }) => {
      await openCustomer(app, '5678', DEMO.single.name);
      desk.simulator.injectFault({ kind: 'status', status: 503, match: 'balance', times: 3 });
      await app.keyboard.press('F5');
      await expect(screen(app).getByRole('alert')).toBeVisible();
      await expect(balances(app)).toContainText('Баланс не обновился и может быть устаревшим');
      await expect(writeOffButton(app)).toHaveAttribute('aria-disabled', 'true');
      await app.keyboard.press('F2');
      await expect(app.getByLabel('Сумма покупки, ₽')).toHaveCount(0);
      await app.keyboard.press('F5');
      await expect(balances(app)).not.toContainText('Баланс не обновился');
      await expect(writeOffButton(app)).toHaveAttribute('aria-disabled', 'false');
      await startWriteOff(app);
    });
  });
}
