// The manager's watch period and read-failure time reach the desk: each watch starts with the times set when it began.
import { afterEach, describe, expect, it } from 'vitest';
import { createWriteOffDesk, type WriteOffDesk } from '../../../electron/checkout/write-off';
import { watchTimingOf } from '../../../electron/settings/till';
import { DEMO } from '../../../electron/training/demo-data';
import { FAST_TIMING, heldSleep, points, SERVER, startBench, TEST_JOURNAL_KEY, type Bench } from './support';

// Frozen, and near the simulator's own clock (a terminal clock far from the server's is refused).
const NOW = Date.now();
const MINUTE = 60_000;

let bench: Bench;
let desk: WriteOffDesk;
afterEach(async () => {
  await desk.close();
  await bench.close();
});

describe("the manager's settling times", () => {
  it('hold a write-off in doubt for the watch period set when it began, and a later change applies to the next one', async () => {
    bench = await startBench({ timeoutMs: 400 });
    const held = heldSleep();
    let manager = { watchMinutes: 30, readFailureMinutes: 5 };
    // The fixed test timings without the two the manager sets, so the manager's are the ones used.
    const { watchMs: _watch, readFailureMs: _reads, ...fixed } = FAST_TIMING;
    desk = createWriteOffDesk({
      journalDir: bench.dir,
      terminalId: 'till-1',
      journalKey: TEST_JOURNAL_KEY,
      loyaltyClient: () => bench.client,
      server: () => SERVER,
      now: () => NOW,
      watchTiming: () => watchTimingOf(manager),
      timing: { ...fixed, sleep: held.sleep },
    });
    bench.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    const first = await desk.send(points(100));
    expect(first).toMatchObject({ state: 'in-doubt', watchUntil: NOW + 30 * MINUTE });

    manager = { watchMinutes: 90, readFailureMinutes: 5 };
    expect((await desk.report(first.journalId)).watchUntil).toBe(NOW + 30 * MINUTE);
    bench.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
    const second = await desk.send({ ...points(100), clientId: DEMO.single.id });
    expect(second).toMatchObject({ state: 'in-doubt', watchUntil: NOW + 90 * MINUTE });
  });
});
