// `npm run test:faults`: thousands of write-offs against providers as unkind as real ones (every habit alone and in
// combinations), with random faults and a random cashier, on a virtual clock (hours of watching take seconds), split
// over two processes (two cores). Ends with one line, `write-offs: N, behaviours: N, faults: N, double charges: 0,
// wrong outcomes: 0, unsettled: 0, late landings flagged: N of N`, and fails unless those zeros hold, every late landing
// is flagged and there were enough write-offs.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRandom } from '../../electron/training/prng';
import { providerPlans } from './behaviours';
import { runPart, type PartSummary } from './part';

const SEED = Number(process.env.FAULT_SEED ?? 20190201);
const WORLDS = Number(process.env.FAULT_WORLDS ?? 40);
const PARTS = Number(process.env.FAULT_PARTS ?? 2);
const MINIMUM_WRITE_OFFS = Number(process.env.FAULT_MINIMUM ?? 5_000);
const RESULT = 'fault-run-part ';

const plans = providerPlans(createRandom(SEED), WORLDS);
const part = process.env.FAULT_PART;

if (part !== undefined) {
  // A child: its share of the providers, its summary on one line for the parent.
  const summary = await runPart(SEED, plans, Number(part), PARTS);
  console.log(`${RESULT}${JSON.stringify(summary)}`);
  process.exit(0);
}

const started = Date.now();
const summaries = await Promise.all(
  Array.from({ length: PARTS }, (_, index) => (PARTS === 1 ? runPart(SEED, plans, 0, 1) : child(index))),
);
const total = summaries.reduce(add);
for (const problem of total.problems.slice(0, 30)) console.log(problem);
const behaviours = new Set(plans.flat()).size;
const outcomes = Object.entries(total.outcomes)
  .map(([outcome, count]) => `${outcome} ${count}`)
  .join(', ');
console.log(
  `seed ${SEED}; ${plans.length} providers (${behaviours} habits alone and combined) in ${PARTS} processes; double confirms ${total.doubleConfirms} (${total.secondConfirmsThrough} let through), ` +
    `repeats while unsettled let through ${total.repeatsThrough}, finished without ${total.finishedWithout}, resolved by a manager ${total.resolvedByManager}; ` +
    `outcomes: ${outcomes}; ${total.virtualHours.toFixed(1)} h of virtual time in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  `write-offs: ${total.writeOffs}, behaviours: ${behaviours}, faults: ${total.faults}, double charges: ${total.doubleCharges}, wrong outcomes: ${total.wrongOutcomes}, unsettled: ${total.unsettled}, late landings flagged: ${total.lateFlagged} of ${total.lateLandings}`,
);
const clean =
  !total.failed &&
  total.doubleCharges === 0 &&
  total.wrongOutcomes === 0 &&
  total.unsettled === 0 &&
  total.lateFlagged === total.lateLandings &&
  total.secondConfirmsThrough === 0 &&
  total.repeatsThrough === 0 &&
  total.writeOffs >= MINIMUM_WRITE_OFFS;
process.exit(clean ? 0 : 1);

/** Runs one share in a child process of the same kind (same loader), reading its summary line. */
function child(index: number): Promise<PartSummary> {
  return new Promise((resolve, reject) => {
    const running = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, FAULT_PART: String(index), FAULT_PARTS: String(PARTS) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    running.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    running.on('error', reject);
    running.on('close', () => {
      const line = output.split('\n').find((candidate) => candidate.startsWith(RESULT));
      if (line) resolve(JSON.parse(line.slice(RESULT.length)) as PartSummary);
      else reject(new Error(`fault run part ${index} ended without a summary:\n${output.slice(-2_000)}`));
    });
  });
}

function add(a: PartSummary, b: PartSummary): PartSummary {
  const outcomes = { ...a.outcomes };
  for (const [outcome, count] of Object.entries(b.outcomes)) outcomes[outcome] = (outcomes[outcome] ?? 0) + count;
  const sum = (key: keyof PartSummary) => (a[key] as number) + (b[key] as number);
  return {
    writeOffs: sum('writeOffs'),
    faults: sum('faults'),
    doubleCharges: sum('doubleCharges'),
    wrongOutcomes: sum('wrongOutcomes'),
    unsettled: sum('unsettled'),
    lateLandings: sum('lateLandings'),
    lateFlagged: sum('lateFlagged'),
    doubleConfirms: sum('doubleConfirms'),
    secondConfirmsThrough: sum('secondConfirmsThrough'),
    repeatsThrough: sum('repeatsThrough'),
    finishedWithout: sum('finishedWithout'),
    resolvedByManager: sum('resolvedByManager'),
    virtualHours: Math.max(a.virtualHours, b.virtualHours),
    failed: a.failed || b.failed,
    outcomes,
    problems: [...a.problems, ...b.problems],
  };
}
