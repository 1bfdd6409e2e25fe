// The kill test's child: appends write-off records to a journal as fast as it can and prints each one's id once it is on disk.
// Run as: node kill-child.mjs <journal dir> <run number>; the parent kills it with SIGKILL at a random moment.
import { openWriteOffJournal } from '../../../electron/checkout/write-off-journal';
import { TEST_JOURNAL_KEY } from '../../support/journal-key';
import { expectedIntent, stateFor, TIME_STEP_MS } from './kill-records';

const [dir, runText] = process.argv.slice(2);
const run = Number(runText);
// Each run starts a day later and every record moves the clock on, so runs cross midnights and the log rotates under fire.
let clock = new Date(2025, 2, 14).getTime() + run * 86_400_000;
const journal = await openWriteOffJournal(dir!, () => (clock += TIME_STEP_MS), TEST_JOURNAL_KEY);
process.stdout.write('ready\n');

for (let n = 0; ; n += 1) {
  const id = `${run}-${n}`;
  await journal.recordIntent(expectedIntent(id));
  process.stdout.write(`flushed ${id} intent\n`);
  const state = stateFor(n);
  await journal.recordState({ id, state });
  process.stdout.write(`flushed ${id} ${state}\n`);
}
