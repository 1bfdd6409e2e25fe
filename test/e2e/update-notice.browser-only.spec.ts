// The update notice: silent until an update is downloaded, then one quiet line that takes no focus from the cashier.
// Browser only: the test sets what the updater reports, which the real app's updater decides for itself.
import AxeBuilder from '@axe-core/playwright';
import type { UpdateStatus } from '../../common/contract';
import { startDesk } from '../support/desk';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const POLL_MS = 60_000;

test('a downloaded update is announced at the foot of the window while the cashier keeps typing', async ({ page }) => {
  let status: UpdateStatus = { state: 'none', version: null };
  const desk = await startDesk({ updateStatus: () => status });
  try {
    await page.clock.install();
    await desk.open(page);
    const notice = page.getByRole('status', { name: 'Обновление программы' });
    const phone = page.getByLabel('Телефон покупателя');
    await expect(phone).toBeFocused();
    await expect(notice).toHaveText('');

    // A download in progress is not the cashier's business.
    status = { state: 'downloading', version: '0.2.0' };
    await page.clock.runFor(POLL_MS);
    await expect(notice).toHaveText('');

    await page.keyboard.type('912 345');
    status = { state: 'ready', version: '0.2.0' };
    await page.clock.runFor(POLL_MS);
    await expect(notice).toHaveText(
      'Загружено обновление 0.2.0. Оно установится при закрытии программы, когда не останется незавершённых списаний.',
    );
    // The sale goes on: the field keeps its focus and what was typed, and typing continues into it.
    await expect(phone).toBeFocused();
    await page.keyboard.type('-67-89');
    await expect(phone).toHaveValue('(912) 345-67-89');

    status = { state: 'installing-on-quit', version: '0.2.0' };
    await page.clock.runFor(POLL_MS);
    await expect(notice).toHaveText('Загружено обновление 0.2.0. Оно установится, когда программу закроют.');
    await saveScreenshot(page, '30-update-notice');

    // A cashier's Windows account cannot approve the installer: the terminal only says who installs it.
    status = { state: 'manager-installs', version: '0.2.0' };
    await page.clock.runFor(POLL_MS);
    await expect(notice).toHaveText('Версия 0.2.0 готова — её установит менеджер.');
    await expect(phone).toBeFocused();

    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations).toEqual([]);
  } finally {
    await desk.close();
  }
});
