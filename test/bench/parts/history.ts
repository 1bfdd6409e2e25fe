// Part 3: a page turn (PgDn) in the history of the client with 10,000 entries, after a glance at the page shown, against
// the raw fetch of the same page.
import type { Page } from '@playwright/test';
import { DEMO } from '../../../electron/training/demo-data';
import { MARKS } from '../../../renderer/src/lib/marks';
import type { Desk } from '../../support/desk';
import { clearMarks, markGap, waitForMark } from '../browser';
import { backToSearch, lookUp } from '../cashier';
import { ratioFigure, type Figure } from '../figures';
import { rawHistoryPage } from '../raw';
import { samplePaired, summarize } from '../stats';
import { watchCall } from '../watch-call';

export const HISTORY_TARGET_RATIO = 0.25;
/** How long the cashier looks at a page before PgDn: a glance, far less than reading fifty rows takes. */
export const GLANCE_MS = 500;

export async function benchHistory(desk: Desk, page: Page, runs: number): Promise<Figure[]> {
  const { phone, id } = DEMO.bigHistory;
  await lookUp(page, phone);
  await clearMarks(page);
  await page.keyboard.press('F3');
  await waitForMark(page, MARKS.historyPainted);

  // The page the app just asked for, asked for again as the main side asks (one entry more than a page).
  let asked = { offset: 0, limit: 0 };
  const unwatch = watchCall(desk.handlers, 'getHistory', ({ argument }) => {
    asked = argument as typeof asked;
  });
  const turn = async () => {
    await page.waitForTimeout(GLANCE_MS);
    await clearMarks(page);
    await page.keyboard.press('PageDown');
    await waitForMark(page, MARKS.historyPainted);
    return markGap(page, MARKS.historyRequested, MARKS.historyPainted);
  };
  const raw = () => rawHistoryPage(desk.simulatorUrl, id, asked.offset, asked.limit + 1);
  const samples = await samplePaired(runs, turn, raw);
  unwatch();
  await page.keyboard.press('Escape');
  await backToSearch(page);

  return [
    ratioFigure(
      {
        part: 3,
        name: `history: PgDn → next page painted (${DEMO.bigHistory.entries.toLocaleString('en-US')} entries, PgDn ${GLANCE_MS} ms after the page)`,
        unit: 'ms',
        app: summarize(samples.app),
        baselineName: 'fetch of the same page',
        baseline: summarize(samples.baseline),
      },
      HISTORY_TARGET_RATIO,
    ),
  ];
}
