// Reconciling a day of the journal with the server: what the journal claims against the simulator's own history and coupons.
import { afterEach, describe, expect, it } from 'vitest';
import { redactDeep } from '../../../electron/security/redact';
import type { JournalEntry } from '../../../common/journal';
import { reconcileDay } from '../../../electron/checkout/reconcile';
import { localDay } from '../../../electron/journal/files';
import { journalEntry } from '../../support/journal-entry';
import { otherTerminalWritesOff, rich, startBench, type Bench } from './support';

let bench: Bench;
afterEach(async () => bench.close());

let serial = 0;
const entry = (overrides: Partial<JournalEntry>): JournalEntry =>
  journalEntry({ journalId: `j-${(serial += 1)}`, clientId: rich.id, createdAt: Date.now(), ...overrides });
const points = (amount: number) => [{ currency: 'points', amount }];

describe('reconciling a day with the server', () => {
  it('matches what both sides agree on and lists what is missing or unexpected', async () => {
    bench = await startBench();
    await otherTerminalWritesOff(bench.simulator, rich.id, {
      balance: [{ amount: 1.11, currency: 'points' }],
      coupons: [rich.couponIds[0]],
    });
    await otherTerminalWritesOff(bench.simulator, rich.id, { balance: [{ amount: 3.33, currency: 'points' }] });
    const entries = [
      entry({ balance: points(111), coupons: [rich.couponIds[0]] }),
      entry({ outcome: 'settled-applied', balance: points(222) }),
      entry({ outcome: 'settled-not-applied', balance: points(333) }),
      entry({ outcome: 'refused', balance: points(444) }),
      entry({ outcome: 'applied', coupons: [rich.couponIds[1]] }),
      entry({ outcome: 'needs-review', balance: points(555) }),
      entry({ clientId: 424242, balance: points(100) }),
    ];
    const result = await reconcileDay(bench.client, { day: localDay(Date.now()), entries, damagedRecords: 0 });
    expect(result).toMatchObject({ checked: 6, matched: 3, notCompared: 1, unreadClients: [424242] });
    expect(result.missing).toEqual([
      expect.objectContaining({
        journalId: entries[1]!.journalId,
        currency: 'points',
        amount: 222,
        transactionId: null,
      }),
      expect.objectContaining({ journalId: entries[4]!.journalId, couponId: rich.couponIds[1] }),
    ]);
    expect(result.unexpected).toEqual([
      expect.objectContaining({ journalId: entries[2]!.journalId, amount: 333, transactionId: expect.any(String) }),
    ]);
  });

  it('names the customer of each line as the journal recorded them, every line of an entry, even past the redaction at the IPC boundary', async () => {
    bench = await startBench();
    const customer = { name: 'Николай Фёдоров', phoneLast4: '8777' };
    const entries = [entry({ balance: points(100), coupons: [rich.couponIds[1]], customer })];
    const { missing } = await reconcileDay(bench.client, { day: localDay(Date.now()), entries, damagedRecords: 0 });
    expect(missing).toEqual([expect.objectContaining({ customer }), expect.objectContaining({ customer })]);
    // The lines share the entry's customer; the boundary's redaction keeps a shared object (only a cycle is cut).
    expect(redactDeep(missing, (text) => text)).toEqual([
      expect.objectContaining({ customer }),
      expect.objectContaining({ customer }),
    ]);
  });

  it('lets each server entry answer for one journal line only', async () => {
    bench = await startBench();
    await otherTerminalWritesOff(bench.simulator, rich.id, { balance: [{ amount: 1, currency: 'points' }] });
    const entries = [entry({ balance: points(100) }), entry({ balance: points(100) })];
    const result = await reconcileDay(bench.client, { day: localDay(Date.now()), entries, damagedRecords: 0 });
    expect(result).toMatchObject({ checked: 2, matched: 1 });
    expect(result.missing).toHaveLength(1);
  });
});

describe('reconciling by the settling rules', () => {
  it('calls a write-off the server recorded in another shape unclear, never missing, and never matches an accrual', async () => {
    bench = await startBench();
    // Recorded split: two debits that add up to the journal's amount, and an accrual of exactly another line's amount.
    await otherTerminalWritesOff(bench.simulator, rich.id, { balance: [{ amount: 2, currency: 'points' }] });
    await otherTerminalWritesOff(bench.simulator, rich.id, { balance: [{ amount: 3, currency: 'points' }] });
    bench.simulator.accrue(rich.id, 'rubles', 777);
    const entries = [
      entry({ balance: points(500) }),
      entry({ outcome: 'settled-applied', balance: [{ currency: 'rubles', amount: 777 }] }),
    ];
    const result = await reconcileDay(bench.client, { day: localDay(Date.now()), entries, damagedRecords: 0 });
    expect(result.unclear).toEqual([
      expect.objectContaining({ journalId: entries[0]!.journalId, amount: 500, transactionId: expect.any(String) }),
    ]);
    expect(result.missing).toEqual([
      expect.objectContaining({ journalId: entries[1]!.journalId, amount: 777, transactionId: null }),
    ]);
  });
});
