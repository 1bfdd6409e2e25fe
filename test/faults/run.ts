// `npm run test:faults`: thousands of write-offs against providers as unkind as real ones (every habit alone and in
// combinations), with random faults and a random cashier, on a virtual clock (hours of watching take seconds). Ends with
// one line, `write-offs: N, behaviours: N, faults: N, double charges: 0, wrong outcomes: 0, unsettled: 0, late landings
// flagged: N of N`, and fails unless those zeros hold, every late landing is flagged and there were enough write-offs.
import { createRandom } from '../../electron/training/prng';
import { journalRecords } from '../support/journal-records';
import { VirtualClock } from '../support/virtual-clock';
import { providerPlans } from './behaviours';
import { emptyCashierTally, serveCustomer } from './cashier';
import { emptyVerdicts, judgeWorld } from './judge';
import { createWorld, disturb } from './world';

const SEED = Number(process.env.FAULT_SEED ?? 20190201);
const WORLDS = Number(process.env.FAULT_WORLDS ?? 40);
const SALES_PER_CUSTOMER = Number(process.env.FAULT_SALES ?? 21);
const MINIMUM_WRITE_OFFS = Number(process.env.FAULT_MINIMUM ?? 5_000);
const START = Date.UTC(2025, 2, 14, 5, 0);
const REAL_LIMIT_MS = Number(process.env.FAULT_REAL_LIMIT_MS ?? 170_000);

const started = Date.now();
const random = createRandom(SEED);
const clock = new VirtualClock(START, { waitForIo: false });
const plans = providerPlans(random, WORLDS);
const worlds = await Promise.all(plans.map((plan, index) => createWorld(index, plan, clock, random)));
const cashiers = emptyCashierTally();
let serving = true;
const verdicts = emptyVerdicts();
let failure: unknown = null;

try {
  const disturbances = worlds.map((world) => disturb(world, clock, random, () => serving));
  const lanes = worlds.flatMap((world) => world.clients.map((clientId) => serveCustomer(world, clientId, SALES_PER_CUSTOMER, clock, random, cashiers)));
  await clock.runUntil(Promise.all(lanes), REAL_LIMIT_MS);
  serving = false;
  // Every watch to its end, the background included; then the manager resolves what the background turned up.
  await clock.runUntil(Promise.all([...disturbances, ...worlds.map((world) => world.desk.settled())]), REAL_LIMIT_MS);
  for (const world of worlds) judgeWorld(cashiers.attempts.filter((attempt) => attempt.world === world), world.simulator.fates(), await journalRecords(world.dir), verdicts);
} catch (error) {
  failure = error;
  for (const [clientId, doing] of [...cashiers.doing].slice(0, 10)) console.log(`customer ${clientId} still: ${doing}`);
} finally {
  await Promise.all(worlds.map((world) => world.close()));
}

for (const problem of [...worlds.flatMap((world) => world.errors), ...verdicts.problems].slice(0, 30)) console.log(problem);
if (failure) console.log(`the run failed: ${failure instanceof Error ? failure.message : String(failure)}`);

const behaviours = new Set(plans.flat()).size;
const faults = worlds.reduce((sum, world) => sum + world.faults, 0);
const outcomes = Object.entries(verdicts.outcomes).map(([outcome, count]) => `${outcome} ${count}`).join(', ');
const hours = ((clock.now() - START) / 3_600_000).toFixed(1);
console.log(
  `seed ${SEED}; ${worlds.length} providers (${behaviours} habits alone and combined); double confirms ${cashiers.doubleConfirms} (${cashiers.secondConfirmsThrough} let through), ` +
    `repeats while unsettled let through ${cashiers.repeatsThrough}, finished without ${cashiers.finishedWithout}, resolved by a manager ${cashiers.resolvedByManager}; ` +
    `outcomes: ${outcomes}; ${hours} h of virtual time in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  `write-offs: ${verdicts.writeOffs}, behaviours: ${behaviours}, faults: ${faults}, double charges: ${verdicts.doubleCharges}, wrong outcomes: ${verdicts.wrongOutcomes}, unsettled: ${verdicts.unsettled}, late landings flagged: ${verdicts.lateFlagged} of ${verdicts.lateLandings}`,
);
const clean =
  !failure &&
  verdicts.doubleCharges === 0 &&
  verdicts.wrongOutcomes === 0 &&
  verdicts.unsettled === 0 &&
  verdicts.lateFlagged === verdicts.lateLandings &&
  cashiers.secondConfirmsThrough === 0 &&
  cashiers.repeatsThrough === 0 &&
  verdicts.writeOffs >= MINIMUM_WRITE_OFFS;
process.exit(clean ? 0 : 1);
