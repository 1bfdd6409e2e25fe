// Every screen fits: at 1280×800, at the window's minimum 1024×700 and at 150 % zoom of 1280×800, with long
// names, seven-digit balances, long coupon titles and twenty coupons, there is no horizontal scrolling, each screen's
// actions are in view without scrolling, and no number breaks across lines. Screenshots go to docs/screenshots.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { createSimulator } from '../../electron/training/simulator';
import type { SimClient, SimData } from '../../electron/training/types';
import { phoneField, screen, searchPhone } from './cashier';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';
import { sizeTag, WINDOW_SIZES } from './sizes';

const DAY = 86_400_000;
const LONG_NAME = 'Констанция-Александра Вячеславовна Преображенская-Рождественская';
const LONG_TITLE = 'Скидка 15 % на всю бытовую химию и товары для дома при покупке от 3 000 ₽ по воскресеньям';

/** A customer who stretches every screen: a long name and email, seven-digit balances, twenty coupons, long titles. */
function stretching(): SimData {
  const now = Date.now();
  const big: SimClient = {
    id: 9_000_001,
    name: LONG_NAME,
    phone: '79161112233',
    email: 'konstanciya-aleksandra.preobrazhenskaya-rozhdestvenskaya@example-company-mail.ru',
    balance: { points: 123_456_789, rubles: 987_654_321 },
    coupons: Array.from({ length: 20 }, (_, index) => ({
      id: 7000 + index,
      title: `${LONG_TITLE} №${index + 1}`,
      expireDate: now + (index % 3 === 0 ? 3 : 60) * DAY,
    })),
    history: Array.from({ length: 120 }, (_, index) => ({
      amount: index % 2 === 0 ? -123_456_789 : 98_765_432,
      currency: index % 2 === 0 ? 'points' : 'rubles',
      transactionDate: now - index * 3_600_000,
      transactionId: `TX-${String(9_000_000_000 + index)}-LONG-REFERENCE`,
    })),
  };
  // Two more customers whose phones end the same way, so the list of matches shows long rows too.
  const twin = (id: number, name: string, email: string): SimClient => ({
    ...big,
    id,
    name,
    email,
    coupons: [],
    history: [],
  });
  return {
    clients: [
      big,
      twin(
        9_000_002,
        `${LONG_NAME} младшая`,
        'another.very-long-address.for-a-customer@subdomain.example-company-mail.ru',
      ),
      twin(9_000_003, 'Иван Иванов', 'ivan@example.ru'),
    ],
  };
}

/** Nothing is wider than the window: the page never scrolls sideways. */
async function expectNoSidewaysScroll(app: Page, where: string) {
  const widths = await app.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, `${where}: page ${widths.scroll}px wide in a ${widths.client}px window`).toBeLessThanOrEqual(
    widths.client,
  );
}

/** The text of each element is on one line: a number or a phone never breaks in the middle. */
async function expectOneLine(elements: Locator, where: string) {
  for (const element of await elements.all()) {
    const lines = await element.evaluate((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set(
        [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)),
      ).size;
    });
    expect(lines, `${where}: "${await element.textContent()}" on ${lines} lines`).toBe(1);
  }
}

async function check(app: Page, where: string, actions: Locator[]) {
  await expectNoSidewaysScroll(app, where);
  for (const action of actions) await expect(action, `${where}: action in view`).toBeInViewport({ ratio: 1 });
}

async function noAxeViolations(app: Page, where: string) {
  const { violations } = await new AxeBuilder({ page: app })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    violations.map(
      (violation) => `${where}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

const button = (app: Page, name: string) => app.getByRole('button', { name, exact: true });

for (const size of WINDOW_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({
      viewport: size.viewport,
      deviceScaleFactor: size.deviceScaleFactor,
      deskOptions: { mode: 'training', simulator: createSimulator({ data: stretching() }) },
    });
    const tag = sizeTag(size);

    test('the search, the matches, the card and the history fit', async ({ app }) => {
      test.setTimeout(60_000);
      await check(app, 'search', [
        phoneField(app),
        button(app, 'Найти Enter'),
        button(app, 'Очистить Esc'),
        button(app, 'Искать по email F4'),
      ]);
      await saveScreenshot(app, `fit-01-search-${tag}`);

      await searchPhone(app, '2233');
      await expect(screen(app).getByRole('list', { name: 'Найденные покупатели' }).getByRole('button')).toHaveCount(3);
      await check(app, 'matches', [phoneField(app), button(app, 'Найти Enter')]);
      await expectOneLine(screen(app).locator('.phone'), 'matches');
      await saveScreenshot(app, `fit-02-matches-${tag}`);

      await app.keyboard.press('Enter');
      await expect(app.getByRole('heading', { level: 1, name: LONG_NAME })).toBeVisible();
      await expect(screen(app).getByRole('region', { name: 'Купоны' }).getByRole('listitem')).toHaveCount(20);
      await check(app, 'card', [
        button(app, 'Списать F2'),
        button(app, 'История F3'),
        button(app, 'Следующий покупатель Esc'),
      ]);
      await expectOneLine(screen(app).getByRole('region', { name: 'Можно списать' }).locator('dd'), 'card balances');
      await expectOneLine(screen(app).locator('dd').filter({ hasText: '+7 (916)' }), 'card phone');
      await noAxeViolations(app, 'card');
      await saveScreenshot(app, `fit-03-card-${tag}`);

      await app.keyboard.press('F3');
      await expect(screen(app).getByRole('table').locator('tbody tr')).toHaveCount(50);
      await check(app, 'history', [
        button(app, 'Старше PgDn'),
        button(app, 'Назад Esc'),
        button(app, 'Показать Enter'),
      ]);
      await expectOneLine(screen(app).getByRole('table').locator('td.amount'), 'history amounts');
      await saveScreenshot(app, `fit-04-history-${tag}`);
    });

    test('the write-off form, the confirmation and the outcome fit', async ({ app }) => {
      test.setTimeout(60_000);
      await searchPhone(app, '79161112233');
      await expect(screen(app).getByRole('list', { name: 'Найденные покупатели' })).toBeVisible();
      await app.keyboard.press('Enter');
      // F2 does nothing until the card's balances are read.
      await expect(screen(app).getByRole('region', { name: 'Можно списать' })).toContainText('1 234 567,89 балла');
      await app.keyboard.press('F2');
      await expect(app.getByLabel('Сумма покупки, ₽')).toBeFocused();
      await app.getByLabel('Сумма покупки, ₽').fill('9999999,99');
      await app.getByLabel('Списать баллы', { exact: true }).fill('1234567,89');
      await screen(app).getByRole('checkbox').first().check();
      await check(app, 'write-off form', [button(app, 'Далее Enter'), button(app, 'Назад Esc')]);
      await expectOneLine(screen(app).locator('.remaining'), 'write-off remaining');
      await noAxeViolations(app, 'write-off form');
      await saveScreenshot(app, `fit-05-write-off-${tag}`);

      await app.keyboard.press('Enter');
      await expect(screen(app).getByRole('region', { name: 'Подтвердите списание' })).toBeVisible();
      await check(app, 'confirmation', [button(app, 'Списать Enter'), button(app, 'Назад Esc')]);
      await saveScreenshot(app, `fit-06-confirm-${tag}`);

      await app.keyboard.press('Enter');
      await expect(screen(app).getByRole('region', { name: 'Списано' })).toContainText('Теперь на счёте');
      await check(app, 'outcome', [button(app, 'Следующий покупатель Enter'), button(app, 'К карточке Esc')]);
      await saveScreenshot(app, `fit-07-outcome-${tag}`);

      await app.keyboard.press('Escape');
      await expect(screen(app).getByRole('region', { name: 'Последнее списание' })).toBeVisible();
      await check(app, 'card after a write-off', [button(app, 'Списать F2'), button(app, 'Следующий покупатель Esc')]);
      await saveScreenshot(app, `fit-08-card-after-${tag}`);
    });

    test('the journal and the settings fit', async ({ app }) => {
      test.setTimeout(60_000);
      await app.keyboard.press('F9');
      await expect(app.getByRole('heading', { name: /Журнал смены/ })).toBeVisible();
      await check(app, 'journal', [button(app, 'Назад Esc')]);
      await saveScreenshot(app, `fit-09-journal-${tag}`);
      await app.keyboard.press('Escape');

      await app.keyboard.press('F10');
      await app.getByLabel('PIN', { exact: true }).fill('2580');
      await app.getByLabel('PIN ещё раз').fill('2580');
      await check(app, 'PIN', [app.getByRole('button', { name: /^Задать PIN/ }), button(app, 'Закрыть Esc')]);
      await app.keyboard.press('Enter');
      await expect(app.getByLabel('Адрес API')).toBeVisible();
      await check(app, 'settings', [button(app, 'Сохранить'), button(app, 'Закрыть Esc')]);
      await noAxeViolations(app, 'settings');
      await saveScreenshot(app, `fit-10-settings-${tag}`);
    });
  });
}
