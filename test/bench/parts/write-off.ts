// Part 4: confirm → outcome painted against the raw POST; a journal append (with its fsync) against a raw write + fsync.
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { toApiAmount } from '../../../common/money';
import { acceptJournalRecord, type IntentRecord } from '../../../electron/checkout/journal-records';
import { openDurableLog } from '../../../electron/journal/durable-log';
import { encodeLine } from '../../../electron/journal/line';
import { DEMO } from '../../../electron/training/demo-data';
import { TEST_JOURNAL_KEY } from '../../support/journal-key';
import { MARKS } from '../../../renderer/src/lib/marks';
import type { Desk } from '../../support/desk';
import { clearMarks, markGap, waitForMark } from '../browser';
import { backToSearch, lookUp } from '../cashier';
import { figure, ratioFigure, type Figure } from '../figures';
import { rawWriteOff } from '../raw';
import { samplePaired, summarize } from '../stats';

export const JOURNAL_TARGET_RATIO = 1.2;

/** One point (100 minor units) a run: Rich has ~98,765 points, room for every run of every bench. */
const POINTS = 100;

export async function benchWriteOff(desk: Desk, page: Page, runs: number): Promise<Figure[]> {
  const { phone, id } = DEMO.rich;
  await lookUp(page, phone);
  const writeOff = async () => {
    await page.keyboard.press('F2');
    await page.getByLabel('Списать баллы', { exact: true }).fill(String(POINTS / 100));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Списать Enter' }).waitFor();
    await clearMarks(page);
    await page.keyboard.press('Enter');
    await waitForMark(page, MARKS.writeOffPainted);
    const elapsed = await markGap(page, MARKS.writeOffConfirmed, MARKS.writeOffPainted);
    // Back to the card, whose balances the app reads again after a write-off.
    await page.getByRole('button', { name: 'Следующий покупатель Enter' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Списать F2' }).waitFor();
    return elapsed;
  };
  const raw = () =>
    rawWriteOff(desk.simulatorUrl, id, { balance: [{ amount: toApiAmount(POINTS), currency: 'points' }] });
  const samples = await samplePaired(runs, writeOff, raw);
  await backToSearch(page);

  return [
    figure({
      part: 4,
      name: 'write-off: confirm → outcome painted',
      unit: 'ms',
      app: summarize(samples.app),
      baselineName: 'fetch POST write_off',
      baseline: summarize(samples.baseline),
      note: 'the app also reads history and coupons (the read-back snapshot) and journals twice with fsync before painting',
    }),
    await benchJournalAppend(runs),
  ];
}

/** A write-off's intent as the journal keeps it. */
function intent(index: number): IntentRecord {
  return {
    type: 'intent',
    id: `bench-${index}-${'0'.repeat(24)}`,
    at: Date.now(),
    terminalId: 'KASSA-07',
    server: 'training',
    clientId: DEMO.rich.id,
    balance: [{ currency: 'points', amount: POINTS }],
    coupons: [],
    snapshot: {
      from: Date.now() - 60_000,
      transactionIds: ['10001', '10002', '10003'],
      couponIds: [...DEMO.rich.couponIds],
    },
  };
}

/** Both in one fresh folder on the disk the app's data folder is on (the same file system as the home folder here). */
async function benchJournalAppend(runs: number): Promise<Figure> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-bench-journal-'));
  const { log } = await openDurableLog({
    dir: path.join(dir, 'journal'),
    now: Date.now,
    key: TEST_JOURNAL_KEY,
    accept: acceptJournalRecord,
    carry: () => [],
  });
  const rawFile = await open(path.join(dir, 'raw.jsonl'), 'a');
  let rawLength = 0;
  let index = 0;
  try {
    const samples = await samplePaired(
      runs,
      async () => {
        const record = intent(index);
        const start = performance.now();
        await log.append(record);
        return performance.now() - start;
      },
      async () => {
        const line = encodeLine(intent(index++));
        const start = performance.now();
        await rawFile.write(line, rawLength, 'utf8');
        await rawFile.sync();
        rawLength += Buffer.byteLength(line);
        return performance.now() - start;
      },
    );
    return ratioFigure(
      {
        part: 4,
        name: 'journal append (fsync)',
        unit: 'ms',
        app: summarize(samples.app),
        baselineName: 'fs write + fsync of the same line',
        baseline: summarize(samples.baseline),
      },
      JOURNAL_TARGET_RATIO,
    );
  } finally {
    await log.close();
    await rawFile.close();
    await rm(dir, { recursive: true, force: true });
  }
}
