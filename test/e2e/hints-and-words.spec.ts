// Keys and words said the same way everywhere: every button its key chip, Esc on Назад and Закрыть,
// «покупатель» throughout, the English title, and the confirmation's amounts heard with its button.
import { DEMO } from '../../electron/training/demo-data';
import { openCustomer, screen, startWriteOff } from './cashier';
import { expect, test } from './fixtures';
import { WINDOW_SIZES } from './sizes';

for (const size of WINDOW_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('the header, the journal and the settings show their keys as chips', async ({ app }) => {
      await expect(app.getByRole('button', { name: 'Настройки F10' })).toBeVisible();
      await expect(app.getByRole('banner')).not.toContainText('(F10)');
      await app.keyboard.press('F9');
      await expect(app.getByRole('button', { name: 'Назад Esc' })).toBeVisible();
      await expect(
        screen(app).getByRole('columnheader', { name: 'Покупатель' }).or(screen(app).getByText('В этот день списаний')),
      ).toBeVisible();
      await app.keyboard.press('Escape');
      await app.keyboard.press('F10');
      await expect(app.getByRole('button', { name: 'Закрыть Esc' })).toBeVisible();
    });

    test('the confirmation’s button is described by what it writes off, from whom, and what is left to pay', async ({
      app,
    }) => {
      await openCustomer(app, DEMO.rich.phone.slice(-4), 'Николай Фёдоров');
      await startWriteOff(app);
      await app.getByLabel('Сумма покупки, ₽', { exact: true }).fill('1000');
      await app.getByLabel('Списать баллы', { exact: true }).fill('250');
      await app.keyboard.press('Enter');
      const confirm = screen(app).getByRole('button', { name: 'Списать Enter' });
      await expect(confirm).toBeFocused();
      await expect(confirm).toHaveAccessibleDescription(
        'Списать у покупателя Николай Фёдоров: 250 баллов Останется оплатить: 750,00 ₽',
      );
    });

    test('the English window is titled "Loyalty Desk"', async ({ app }) => {
      await app.getByRole('button', { name: 'Switch the window to English' }).click();
      await expect(app.getByRole('banner')).toContainText('Loyalty Desk');
    });
  });
}
