// What the kill test's child writes: every record is a pure function of its id, so the parent can tell a whole one from a forged one.
import { createHash } from 'node:crypto';
import type { IntentRecord, JournalState } from '../../../electron/checkout/journal-records';

/** Clock steps per record: 24 records make a day, so files rotate every dozen write-offs. */
export const TIME_STEP_MS = 3_600_000;

/**
 * Intents carry padding: up to 16 KiB, and one in eight about 1 MiB, a write long enough for a kill to land inside it
 * (Linux stops a large write between pages when the process is killed, leaving a torn record).
 */
export function expectedIntent(id: string): IntentRecord {
  const digest = createHash('sha256').update(id).digest();
  const repeats = digest[2]! % 8 === 0 ? 16_384 : 1 + (digest.readUInt16BE(0) % 256);
  const padding = digest.toString('hex').repeat(repeats);
  return {
    type: 'intent',
    id,
    at: 0,
    terminalId: padding,
    server: 'kill-test',
    clientId: digest.readUInt32BE(4),
    balance: [{ currency: 'points', amount: 1 + (digest.readUInt32BE(8) % 100_000) }],
    coupons: [digest.readUInt16BE(12)],
    snapshot: { from: 0, transactionIds: [digest.toString('hex', 0, 8)], couponIds: [digest.readUInt16BE(12)] },
  };
}

/** Some write-offs stay unfinished ("sent"), so rotation has something to carry. */
export function stateFor(n: number): JournalState {
  return n % 3 === 0 ? 'sent' : 'applied';
}
