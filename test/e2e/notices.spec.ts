// What a manager must hear is said on every screen: a terminal whose settings file was damaged runs on defaults.
import { DEMO } from '../../electron/training/demo-data';
import { openCustomer } from './cashier';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

test.use({
  deskOptions: {
    mode: 'training',
    startupNotices: [{ kind: 'settings-reset', detail: 'settings.damaged-2026-12-01T09-30-15Z.json' }],
  },
});

test('a terminal reset to defaults says so on every screen until a manager sets it up', async ({ app }) => {
  const notice = app.getByRole('banner').getByRole('status');
  await expect(notice).toContainText('менеджер должен настроить его заново (F10)');
  await expect(notice).toContainText('settings.damaged-2026-12-01T09-30-15Z.json');
  await saveScreenshot(app, '35-settings-reset');
  await openCustomer(app, DEMO.rich.phone, 'Николай Фёдоров');
  await expect(notice).toContainText('настроить его заново');
  await app.keyboard.press('F10');
  await expect(notice).toContainText('настроить его заново');
});
