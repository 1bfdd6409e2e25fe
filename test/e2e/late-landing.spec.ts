// A provider that applies write-offs late: the cashier sees the unknown outcome and the hold, finishes the sale without
// the write-off, and sees it flagged when it lands; a manager resolves a write-off that needs review behind the PIN.
import type { Page } from '@playwright/test';
import { DEMO } from '../../electron/training/demo-data';
import { openCustomer, screen, startWriteOff } from './cashier';
import { expect, test } from './fixtures';
import { valueOf } from './pos-calls';
import { saveScreenshot } from './screenshots';

async function writeOffPoints(app: Page) {
  await openCustomer(app, DEMO.rich.phone.slice(-4), 'Николай Фёдоров');
  await startWriteOff(app);
  await app.getByLabel('Списать баллы', { exact: true }).fill('250');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
}

test.describe('a provider that applies a write-off after the terminal gave up', () => {
  // The POST gives up after a second and a half; the server applies it four seconds after it arrived.
  test.use({
    deskOptions: { timeoutMs: 1_500, settleTiming: { watchMs: 60_000, readDelayMs: () => 500, backgroundMs: 0 } },
  });

  test('holds the customer, lets the sale finish without it, and flags the late landing', async ({ app, desk }) => {
    desk.simulator.setBehaviours({ lateApply: { minMs: 4_000, maxMs: 4_000 } });
    await writeOffPoints(app);
    const outcome = screen(app).getByRole('region', { name: 'Неизвестно, прошло ли списание' });
    await expect(outcome).toContainText('Покупатель закреплён за этим терминалом');
    await expect(outcome).not.toContainText('Ничего не списано');
    const finish = outcome.getByRole('button', { name: 'Завершить продажу без списания F8' });
    await expect(finish).toBeVisible();
    await saveScreenshot(app, '31-outcome-held');
    await app.keyboard.press('F8');
    await expect(outcome).toContainText('Продажа завершена без списания: покупатель платит полностью');
    await expect(finish).toHaveCount(0);
    const landed = screen(app).getByRole('region', { name: 'Проверка показала: списание прошло' });
    await expect(landed).toContainText('Списание прошло позже, а продажа уже завершена без него', { timeout: 15_000 });
    await saveScreenshot(app, '32-outcome-landed-late');
    expect(desk.simulator.writeOffPosts).toBe(1);
    expect(desk.simulator.balance(DEMO.rich.id).points).toBe(DEMO.rich.points - 25_000);

    await app.keyboard.press('Escape');
    await app.keyboard.press('F9');
    const row = app.getByRole('row').filter({ hasText: 'списание прошло позже' });
    await expect(row).toContainText('продажа завершена без списания');
  });
});

test.describe('a provider that records a write-off in two parts', () => {
  test.use({ deskOptions: { settleTiming: { watchMs: 1_500, readDelayMs: () => 500, backgroundMs: 0 } } });

  test('needs a manager, who resolves it in the shift journal behind the PIN', async ({ app, desk }) => {
    await valueOf(app, 'setPin', { pin: '4821' });
    await valueOf(app, 'lockSettings', undefined);
    desk.simulator.setBehaviours({ recordShapes: ['split'] });
    desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
    await writeOffPoints(app);
    const outcome = screen(app).getByRole('region', { name: 'Нужна проверка менеджером' });
    await expect(outcome).toContainText('пока менеджер не решит вопрос в журнале смены', { timeout: 15_000 });

    await app.keyboard.press('Escape');
    await app.keyboard.press('F9');
    const row = app.getByRole('row').filter({ hasText: 'нужна проверка менеджера' });
    await row.getByRole('button', { name: 'Решить (менеджер)' }).click();
    await row.getByLabel('PIN менеджера').fill('1111');
    await row.getByLabel(/Что решено/).fill('Сервер записал списание двумя строками, всё верно');
    await row.getByRole('button', { name: 'Сохранить решение' }).click();
    await expect(row.getByRole('alert')).toHaveText('Неверный PIN');
    await row.getByLabel('PIN менеджера').fill('4821');
    await saveScreenshot(app, '33-journal-resolve');
    await row.getByRole('button', { name: 'Сохранить решение' }).click();
    const resolved = app.getByRole('row').filter({ hasText: 'решено менеджером' });
    await expect(resolved).toContainText('Решение менеджера: Сервер записал списание двумя строками, всё верно');
    await saveScreenshot(app, '34-journal-resolved');
    // The decision released the customer: a new write-off goes through.
    const report = await valueOf(app, 'writeOff', {
      clientId: DEMO.rich.id,
      balance: [{ currency: 'points', amount: 100 }],
      coupons: [],
    });
    expect(report.state).toBe('applied');
  });
});
