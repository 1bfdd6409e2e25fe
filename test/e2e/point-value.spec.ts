// Points priced as the store prices them: the manager's point value drives "left to pay" and the caps, and
// the write-off screen says what a point is worth.
import type { Page } from '@playwright/test';
import { DEMO } from '../../electron/training/demo-data';
import { openCustomer, screen, startWriteOff } from './cashier';
import { expect, test } from './fixtures';
import { openSettings } from './manager';
import { saveScreenshot } from './screenshots';

const purchase = (app: Page) => app.getByLabel('Сумма покупки, ₽', { exact: true });
const points = (app: Page) => app.getByLabel('Списать баллы', { exact: true });
const summary = (app: Page) => screen(app).getByRole('region', { name: 'Итого' });

async function openRichWriteOff(app: Page) {
  await openCustomer(app, DEMO.rich.phone.slice(-4), 'Николай Фёдоров');
  await startWriteOff(app);
}

test.describe('a point worth 50 kopecks', () => {
  test.use({ deskOptions: { till: { pointValueKopecks: 50 } } });

  test('counts 300 points as 150 ₽ towards the purchase, caps points by what the purchase is worth in points', async ({
    app,
    desk,
  }) => {
    await openRichWriteOff(app);
    await expect(summary(app)).toContainText('1 балл = 0,50 ₽');
    await purchase(app).fill('1000');
    await points(app).fill('300');
    await expect(summary(app)).toContainText('Останется оплатить');
    await expect(summary(app)).toContainText('850,00 ₽');
    await saveScreenshot(app, '42-point-value');

    // 1 000 ₽ is worth 2 000 points at this value: F6 fills exactly that, and one point more is refused.
    await app.keyboard.press('F6');
    await expect(points(app)).toHaveValue('2000,00');
    await expect(summary(app)).toContainText('0,00 ₽');
    await points(app).fill('2000,01');
    await expect(screen(app)).toContainText('Больше суммы покупки: можно не больше 2 000 баллов');

    await points(app).fill('2000');
    await points(app).press('Enter');
    await app.keyboard.press('Enter');
    await expect(screen(app).getByRole('region', { name: 'Списано' })).toBeVisible();
    expect(desk.simulator.balance(DEMO.rich.id).points).toBe(DEMO.rich.points - 200_000);
  });
});

test('a manager sets the point value in the settings, and the next write-off uses it', async ({ app }) => {
  await openSettings(app, '4826');
  const value = app.getByLabel('Стоимость одного балла, ₽');
  await expect(value).toHaveValue('1,00');
  await value.fill('2,5');
  await app.getByLabel('Проверять списание без ответа, минут').scrollIntoViewIfNeeded();
  await saveScreenshot(app, '43-settings-till');
  await app.getByRole('button', { name: 'Сохранить' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Настройки сохранены' })).toBeVisible();
  await app.keyboard.press('Escape');

  await openRichWriteOff(app);
  await expect(summary(app)).toContainText('1 балл = 2,50 ₽');
  await purchase(app).fill('100');
  await points(app).fill('10');
  await expect(summary(app)).toContainText('75,00 ₽');
});
