// After a crash or restart: every write-off left unfinished is settled at start, and its client waits until then.
import { afterEach, describe, expect, it } from 'vitest';
import type { IntentRecord } from '../../../electron/checkout/journal-records';
import { readSnapshot } from '../../../electron/checkout/read-back';
import { openWriteOffJournal } from '../../../electron/checkout/write-off-journal';
import { PosFailure } from '../../../common/failure';
import {
  heldSleep,
  leaveInDoubt,
  otherTerminalWritesOff,
  releaseUntilSettled,
  points,
  rich,
  SERVER,
  startBench,
  statesOf,
  TEST_JOURNAL_KEY,
  type Bench,
} from './support';

let bench: Bench;
afterEach(async () => bench.close());

/** What a run that died right after "sent" leaves on disk: the intent and "sent", nothing more. */
async function leaveUnfinished(states: ('sent' | 'in-doubt')[], id = 'left-over'): Promise<IntentRecord> {
  const journal = await openWriteOffJournal(bench.dir, Date.now, TEST_JOURNAL_KEY);
  const { snapshot } = await readSnapshot(bench.client, rich.id, Date.now());
  const intent: IntentRecord = {
    type: 'intent',
    id,
    at: Date.now(),
    terminalId: 'till-1',
    server: SERVER,
    ...points(900, [rich.couponIds[0]]),
    snapshot,
  };
  await journal.recordIntent(intent);
  for (const state of states) await journal.recordState({ id, state });
  await journal.close();
  return intent;
}

const applyForReal = () =>
  otherTerminalWritesOff(bench.simulator, rich.id, {
    balance: [{ amount: 9, currency: 'points' }],
    coupons: [rich.couponIds[0]],
  });

describe('start-up recovery', () => {
  it('settles an intent left "sent" as applied when the POST had arrived', async () => {
    bench = await startBench();
    await leaveUnfinished(['sent']);
    await applyForReal();
    const desk = bench.openDesk();
    await desk.settled();
    const { entries } = await desk.recoveredAtStart();
    expect(entries).toEqual([
      expect.objectContaining({ journalId: 'left-over', outcome: 'settled-applied', recovered: true }),
    ]);
    expect(await statesOf(bench.dir, 'left-over')).toEqual(['sent', 'in-doubt', 'settled-applied']);
    expect(bench.simulator.writeOffPosts).toBe(1);
  });

  it('settles an intent left "sent" as not applied when it had not, holding the client until then', async () => {
    bench = await startBench();
    await leaveUnfinished(['sent']);
    const held = heldSleep();
    const desk = bench.openDesk({ sleep: held.sleep, watchMs: 2_000 });
    // Before the journal is read, what it holds is unknown: an update must wait.
    expect(desk.activity()).toEqual({ writeOffsInFlight: 0, writeOffsInDoubt: 1 });
    await expect.poll(() => held.waiting.length).toBe(1);
    expect((await desk.recoveredAtStart()).entries).toEqual([
      expect.objectContaining({ outcome: 'in-doubt', recovered: true }),
    ]);
    expect(desk.activity()).toEqual({ writeOffsInFlight: 0, writeOffsInDoubt: 1 });
    const busy = await desk.send(points(100)).catch((error: unknown) => error);
    expect(busy).toBeInstanceOf(PosFailure);
    expect(busy).toMatchObject({ code: 'busy' });
    await releaseUntilSettled(held, desk);
    expect((await desk.recoveredAtStart()).entries).toEqual([
      expect.objectContaining({ outcome: 'settled-not-applied' }),
    ]);
    expect(desk.activity()).toEqual({ writeOffsInFlight: 0, writeOffsInDoubt: 0 });
    expect((await desk.send(points(100))).state).toBe('applied');
    // No POST was ever repeated: the only one is the new write-off.
    expect(bench.simulator.writeOffPosts).toBe(1);
  });

  it('takes an intent without "sent" as never sent, without reading back', async () => {
    bench = await startBench();
    await leaveUnfinished([]);
    const desk = bench.openDesk();
    expect((await desk.recoveredAtStart()).entries).toEqual([
      expect.objectContaining({ outcome: 'not-sent', recovered: true }),
    ]);
    expect(await statesOf(bench.dir, 'left-over')).toEqual(['not-sent']);
    expect((await desk.send(points(100))).state).toBe('applied');
  });

  it('takes up a write-off that was in doubt when the app closed, and settles it at the next start', async () => {
    bench = await startBench();
    const journalId = await leaveInDoubt(bench);

    const after = bench.openDesk();
    await after.settled();
    expect((await after.recoveredAtStart()).entries).toEqual([
      expect.objectContaining({ journalId, outcome: 'settled-not-applied' }),
    ]);
    expect(await statesOf(bench.dir, journalId)).toEqual(['sent', 'in-doubt', 'settled-not-applied']);
    expect(bench.simulator.balance(rich.id).points).toBe(rich.points);
  });

  it('lists nothing when the previous run finished everything', async () => {
    bench = await startBench();
    await bench.openDesk().send(points(100));
    const desk = bench.openDesk();
    expect(await desk.recoveredAtStart()).toEqual({ entries: [], setAside: [] });
  });
});
