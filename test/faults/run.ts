// `npm run test:faults`: a thousand write-offs against the simulator on loopback with random faults and double confirms.
// Ends with one line, `write-offs: N, faults: N, double charges: 0, wrong outcomes: 0, unsettled: 0`, and fails unless the last three are 0.
import fc from 'fast-check';
import { operation } from './scenario';
import { emptyTally, runTerminal } from './terminal';

const TERMINALS = 4;
const OPERATIONS_PER_TERMINAL = 25;
const RUNS = 10;
const MINIMUM_WRITE_OFFS = 1_000;
const TIME_LIMIT_MS = 150_000;

const tally = emptyTally();
const started = Date.now();
let failure: unknown = null;
try {
  await fc.assert(
    // Each run: a few terminals at once, each with its own simulator and journal, each working through its own list.
    fc.asyncProperty(fc.array(fc.array(operation(4), { minLength: OPERATIONS_PER_TERMINAL, maxLength: OPERATIONS_PER_TERMINAL }), { minLength: TERMINALS, maxLength: TERMINALS }), async (lists) => {
      const before = { ...tally };
      await Promise.all(lists.map((operations, terminal) => runTerminal(terminal, operations, tally)));
      return tally.doubleCharges === before.doubleCharges && tally.wrongOutcomes === before.wrongOutcomes && tally.unsettled === before.unsettled;
    }),
    { numRuns: RUNS, endOnFailure: true, plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS, { failOnInterrupt: true })] },
  );
} catch (error) {
  failure = error;
}

for (const problem of tally.problems) console.log(problem);
if (failure) console.log(String(failure instanceof Error ? failure.message : failure).split('\n').slice(0, 2).join('\n'));
const outcomes = Object.entries(tally.outcomes).map(([outcome, count]) => `${outcome} ${count}`).join(', ');
console.log(`double confirms: ${tally.doubleSubmits}; outcomes: ${outcomes}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`write-offs: ${tally.writeOffs}, faults: ${tally.faults}, double charges: ${tally.doubleCharges}, wrong outcomes: ${tally.wrongOutcomes}, unsettled: ${tally.unsettled}`);
const clean = tally.doubleCharges === 0 && tally.wrongOutcomes === 0 && tally.unsettled === 0;
process.exit(clean && !failure && tally.writeOffs >= MINIMUM_WRITE_OFFS ? 0 : 1);
