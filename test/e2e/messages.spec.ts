// Every message in the terminal's language: texts chosen by code, the server's words only when they are a
// short line in that language, and each cause of an unknown write-off outcome told as what it was.
import { confirmRichPoints, screen, searchPhone } from './cashier';
import { expect, test } from './fixtures';
import { WINDOW_SIZES } from './sizes';

const TRACE =
  'java.lang.IllegalStateException: pool exhausted\n\tat com.loyalty.api.ClientsController.search(ClientsController.java:118)';

for (const size of WINDOW_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('a stack trace from the server is replaced by a plain message, on screen and in the live region', async ({
      app,
      desk,
    }) => {
      desk.simulator.injectFault({ kind: 'status', status: 500, match: 'clients', body: { message: TRACE }, times: 3 });
      await searchPhone(app, '5678');
      const alert = screen(app).getByRole('alert');
      await expect(alert).toContainText('Сервер лояльности ответил ошибкой');
      await expect(alert).not.toContainText('java');
      await expect(app.locator('body')).not.toContainText('ClientsController');
    });

    test('a refusal in English is not shown in the Russian window; one in Russian is', async ({ app, desk }) => {
      desk.simulator.injectFault({
        kind: 'status',
        status: 422,
        match: 'write-off',
        body: { message: 'Write-off is not allowed for this card' },
      });
      await confirmRichPoints(app);
      const outcome = screen(app).getByRole('region', { name: 'Сервер отказал в списании' });
      await expect(outcome).toContainText('Ничего не списано.');
      await expect(outcome).not.toContainText('not allowed');
      await expect(app.getByRole('status').filter({ hasText: 'not allowed' })).toHaveCount(0);
    });

    test('the English window does not show the server’s Russian words', async ({ app, desk }) => {
      await app.getByRole('button', { name: 'Switch the window to English' }).click();
      desk.simulator.injectFault({
        kind: 'status',
        status: 503,
        match: 'clients',
        body: { message: 'Сервер ответил ошибкой 503' },
        times: 3,
      });
      await app.getByLabel("Customer's phone").fill('5678');
      await app.keyboard.press('Enter');
      const alert = screen(app).getByRole('alert');
      await expect(alert).toContainText('The loyalty server answered with an error');
      await expect(alert).not.toContainText('Сервер');
    });

    test('an HTTP 500 on a write-off is told as an error answer, not as a server that did not answer', async ({
      app,
      desk,
    }) => {
      desk.simulator.injectFault({ kind: 'error-after-apply', status: 500, match: 'write-off' });
      await confirmRichPoints(app);
      const outcome = screen(app).getByRole('region', { name: 'Неизвестно, прошло ли списание' });
      await expect(outcome).toContainText(
        'Сервер ответил ошибкой, но мог успеть провести списание — списание могло пройти, даже позже.',
      );
      await expect(outcome).not.toContainText('не ответил вовремя');
    });

    test('a connection broken during a write-off is told as that', async ({ app, desk }) => {
      desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
      await confirmRichPoints(app);
      const outcome = screen(app).getByRole('region', { name: 'Неизвестно, прошло ли списание' });
      await expect(outcome).toContainText('Связь с сервером прервалась во время списания');
    });

    test.describe('with a server that stops answering', () => {
      test.use({ deskOptions: { timeoutMs: 1_000 } });

      test('a write-off with no answer in time is told as that', async ({ app, desk }) => {
        desk.simulator.injectFault({ kind: 'hang-after-apply', match: 'write-off' });
        await confirmRichPoints(app);
        const outcome = screen(app).getByRole('region', { name: 'Неизвестно, прошло ли списание' });
        await expect(outcome).toContainText('Сервер не ответил вовремя — списание могло пройти, даже позже.');
      });
    });
  });
}
