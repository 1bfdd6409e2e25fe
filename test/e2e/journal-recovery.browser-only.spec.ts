// A restart with a write-off left unfinished: the next start settles it by reading back and shows the cashier what happened.
// Browser-only: the journal folder is prepared before the desk starts, which the Electron run cannot be handed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IntentRecord } from '../../electron/checkout/journal-records';
import { TRAINING_SERVER } from '../../electron/checkout/write-off';
import { journalFileName, localDay } from '../../electron/journal/files';
import { encodeLine } from '../../electron/journal/line';
import { DEMO } from '../../electron/training/demo-data';
import { createSimulator } from '../../electron/training/simulator';
import { startDesk } from '../support/desk';
import { otherTerminalWritesOff } from '../support/other-terminal';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const { rich } = DEMO;

test('a write-off left "sent" by a crash is settled at the next start, and the journal says so', async ({ page }) => {
  const simulator = createSimulator();
  const journalDir = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-e2e-journal-'));
  // The previous run (a version before journal lines were sealed: CRC only) wrote the intent and "sent", the POST
  // reached the server, and the app died before the answer. The first start with sealing takes such lines as its own.
  const snapshot = {
    from: 0,
    transactionIds: simulator.history(rich.id).map((entry) => entry.transactionId),
    couponIds: simulator.coupons(rich.id).map((coupon) => coupon.id),
    // The second witness: the balance before sending, and the server's time of that read.
    balance: Object.entries(simulator.balance(rich.id)).map(([currency, amount]) => ({ currency, amount })),
    serverTime: Date.now() - 1_000,
  };
  const intent: IntentRecord = {
    type: 'intent',
    id: 'crashed',
    at: Date.now(),
    terminalId: 'till-1',
    server: TRAINING_SERVER,
    clientId: rich.id,
    balance: [{ currency: 'points', amount: 777 }],
    coupons: [],
    snapshot,
  };
  await writeFile(
    path.join(journalDir, journalFileName(1, localDay(Date.now()))),
    encodeLine(intent) + encodeLine({ type: 'state', id: 'crashed', at: Date.now(), state: 'sent' }),
  );
  await otherTerminalWritesOff(simulator, rich.id, { balance: [{ amount: 7.77, currency: 'points' }] });

  const desk = await startDesk({
    simulator,
    journalDir,
    mode: 'training',
    settleTiming: { watchMs: 400, readDelayMs: () => 200, backgroundMs: 0 },
  });
  try {
    await desk.open(page);
    await expect(page.getByRole('button', { name: /Журнал смены/ })).toContainText('проверено после перезапуска: 1');
    await page.keyboard.press('F9');
    const notice = page.getByRole('region', { name: 'Незавершённые списания после перезапуска' });
    await expect(notice).toContainText('7,77 балла');
    await expect(notice).toContainText('списано (подтверждено проверкой)');
    await expect(page.getByRole('row').filter({ hasText: '7,77 балла' })).toContainText('после перезапуска');
    await saveScreenshot(page, '22-recovered-at-start');
    expect(simulator.writeOffPosts).toBe(1);
    expect(simulator.balance(rich.id).points).toBe(rich.points - 777);
  } finally {
    await desk.close();
    await rm(journalDir, { recursive: true, force: true });
  }
});
