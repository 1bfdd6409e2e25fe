// One share of the fault run: some of the providers, each a terminal with its own customers, all on one virtual clock.
import { createRandom } from '../../electron/training/prng';
import { journalRecords } from '../support/journal-records';
import { VirtualClock } from '../support/virtual-clock';
import type { BehaviourName } from './behaviours';
import { emptyCashierTally, serveCustomer } from './cashier';
import { emptyVerdicts, judgeWorld } from './judge';
import { createWorld, disturb } from './world';

const SALES_PER_CUSTOMER = Number(process.env.FAULT_SALES ?? 21);
const START = Date.UTC(2025, 2, 14, 5, 0);
/** A safety net for a run that stops making progress; a busy machine takes longer, so it is generous. */
const REAL_LIMIT_MS = Number(process.env.FAULT_REAL_LIMIT_MS ?? 900_000);

export interface PartSummary {
  writeOffs: number;
  faults: number;
  doubleCharges: number;
  wrongOutcomes: number;
  unsettled: number;
  lateLandings: number;
  lateFlagged: number;
  doubleConfirms: number;
  secondConfirmsThrough: number;
  repeatsThrough: number;
  finishedWithout: number;
  resolvedByManager: number;
  virtualHours: number;
  failed: boolean;
  outcomes: Record<string, number>;
  problems: string[];
}

/** Runs the providers whose index falls to this part; each draws from its own seeded stream, so a part replays alone. */
export async function runPart(
  seed: number,
  plans: BehaviourName[][],
  part: number,
  parts: number,
): Promise<PartSummary> {
  // Time may move on while journals write: many terminals write at once, as on a slow disk (an order terminals see too).
  const clock = new VirtualClock(START, { waitForIo: false });
  const mine = plans.flatMap((plan, index) => (index % parts === part ? [{ plan, index }] : []));
  const worlds = await Promise.all(
    mine.map(({ plan, index }) => createWorld(index, plan, clock, createRandom(seed + index))),
  );
  const cashiers = emptyCashierTally();
  const verdicts = emptyVerdicts();
  let serving = true;
  let failed = false;
  const problems: string[] = [];
  try {
    const disturbances = worlds.map((world, index) =>
      disturb(world, clock, createRandom(seed * 7 + index), () => serving),
    );
    const lanes = worlds.flatMap((world, index) => {
      const random = createRandom(seed * 13 + index);
      return world.clients.map((clientId) =>
        serveCustomer(world, clientId, SALES_PER_CUSTOMER, clock, random, cashiers),
      );
    });
    await clock.runUntil(Promise.all(lanes), REAL_LIMIT_MS);
    serving = false;
    // Every watch to its end, the background included.
    await clock.runUntil(Promise.all([...disturbances, ...worlds.map((world) => world.desk.settled())]), REAL_LIMIT_MS);
    for (const world of worlds)
      judgeWorld(
        cashiers.attempts.filter((attempt) => attempt.world === world),
        world.simulator.fates(),
        await journalRecords(world.dir),
        verdicts,
      );
  } catch (error) {
    failed = true;
    problems.push(`the run failed: ${error instanceof Error ? error.message : String(error)}`);
    for (const [clientId, doing] of [...cashiers.doing].slice(0, 10))
      problems.push(`customer ${clientId} still: ${doing}`);
  } finally {
    await Promise.all(worlds.map((world) => world.close()));
  }
  const { doubleConfirms, secondConfirmsThrough, repeatsThrough, finishedWithout, resolvedByManager } = cashiers;
  return {
    ...verdicts,
    faults: worlds.reduce((sum, world) => sum + world.faults, 0),
    doubleConfirms,
    secondConfirmsThrough,
    repeatsThrough,
    finishedWithout,
    resolvedByManager,
    virtualHours: (clock.now() - START) / 3_600_000,
    failed,
    problems: [...problems, ...worlds.flatMap((world) => world.errors), ...verdicts.problems].slice(0, 30),
  };
}
