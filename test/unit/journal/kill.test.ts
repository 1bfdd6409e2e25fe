// The kill test: a child appending to the journal is SIGKILLed at random moments; whatever it reported flushed comes back whole.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptJournalRecord,
  foldRecords,
  isFinal,
  type JournalRecord,
} from '../../../electron/checkout/journal-records';
import { openWriteOffJournal } from '../../../electron/checkout/write-off-journal';
import { isCheckpoint } from '../../../electron/journal/durable-log';
import { listJournalFiles } from '../../../electron/journal/files';
import { readJournalFile, TEST_JOURNAL_KEY } from '../../support/journal-key';
import { tempDir } from '../checkout/support';
import { expectedIntent, stateFor } from './kill-records';

const KILLS = 200;
const LANES = 2;
/** A fresh folder every so many kills keeps each check reading a few megabytes, not the whole run's. */
const KILLS_PER_FOLDER = 20;
const CHILD = path.resolve('.tmp/kill-child.mjs');

let root: string;
beforeAll(async () => {
  root = await tempDir();
  await mkdir(path.dirname(CHILD), { recursive: true });
  // Bundled once so each of the hundreds of children starts in plain Node in a few tens of milliseconds.
  await build({
    entryPoints: ['test/unit/journal/kill-child.ts'],
    outfile: CHILD,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
});
afterAll(async () => rm(root, { recursive: true, force: true }));

interface Killed {
  /** `<id> intent` or `<id> <state>`, for each record the child said was on disk before it died. */
  flushed: string[];
}

/** Starts the child, kills it `delayMs` after it is ready, and returns the lines it finished printing. */
function runAndKill(dir: string, run: number, delayMs: number): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dir, String(run)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (!output.startsWith('ready\n') && (output + chunk).startsWith('ready\n'))
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the child ended by itself (${code}) before it was killed`));
      // A line cut off by the kill was never finished, so it reports nothing.
      const lines = output.split('\n').slice(0, -1);
      resolve({
        flushed: lines.filter((line) => line.startsWith('flushed ')).map((line) => line.slice('flushed '.length)),
      });
    });
  });
}

/** Every record in every journal file, each checked against what its id says it must be; and no damaged line anywhere. */
async function readWholeJournal(dir: string): Promise<{ records: JournalRecord[]; tornFiles: string[] }> {
  const records: JournalRecord[] = [];
  const tornFiles: string[] = [];
  for (const file of await listJournalFiles(dir)) {
    const scan = readJournalFile(await readFile(path.join(dir, file.name)), file.name, (value) =>
      isCheckpoint(value) ? value : acceptJournalRecord(value),
    );
    expect(scan.damaged).toEqual([]);
    if (scan.tornTailAt !== null) tornFiles.push(file.name);
    for (const record of scan.records) {
      if (isCheckpoint(record)) continue;
      const n = Number(record.id.split('-')[1]);
      if (record.type === 'intent') expect({ ...record, at: 0 }).toEqual(expectedIntent(record.id));
      else expect(record.state).toBe(stateFor(n));
      records.push(record);
    }
  }
  return { records, tornFiles };
}

/** One child after another in its own folders; returns how many records were reported flushed and how many tails torn. */
async function killRepeatedly(lane: number, kills: number): Promise<{ flushed: number; torn: number }> {
  let flushedTotal = 0;
  let tornTails = 0;
  let dir = '';
  for (let attempt = 0; attempt < kills; attempt += 1) {
    const run = lane * kills + attempt;
    if (attempt % KILLS_PER_FOLDER === 0) dir = path.join(root, `folder-${run}`);
    const { flushed } = await runAndKill(dir, run, Math.floor(Math.random() * 30));
    flushedTotal += flushed.length;
    const { records, tornFiles } = await readWholeJournal(dir);
    // Only the file being appended to can end in a torn record.
    expect(tornFiles.length).toBeLessThanOrEqual(1);
    tornTails += tornFiles.length;
    const onDisk = new Set(
      records.map((record) => `${record.id} ${record.type === 'intent' ? 'intent' : record.state}`),
    );
    expect(flushed.filter((line) => !onDisk.has(line))).toEqual([]);

    // Recovery, reading back only to the newest complete file, finds exactly the write-offs the whole journal leaves open.
    const open = [...foldRecords(records.map((record) => ({ record, trust: 'verified' as const }))).values()]
      .filter((story) => !isFinal(story.last?.state))
      .map((story) => story.intent.id);
    const journal = await openWriteOffJournal(dir, Date.now, TEST_JOURNAL_KEY);
    expect(journal.unfinishedAtStart.map((story) => story.intent.id).sort()).toEqual(open.sort());
    expect(journal.setAsideAtStart.every((line) => line.kind === 'torn')).toBe(true);
    await journal.close();
  }
  return { flushed: flushedTotal, torn: tornTails };
}

describe('the journal under SIGKILL', () => {
  it(`keeps every record reported flushed, whole, across ${KILLS} kills`, { timeout: 240_000 }, async () => {
    // A few children at a time: most of each run is Node starting up, which overlaps well.
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => killRepeatedly(lane, KILLS / LANES)));
    const flushed = lanes.reduce((sum, lane) => sum + lane.flushed, 0);
    const torn = lanes.reduce((sum, lane) => sum + lane.torn, 0);
    console.log(
      `kill test: ${KILLS} kills, ${flushed} records reported flushed and recovered whole, ${torn} torn last records dropped`,
    );
    expect(flushed).toBeGreaterThan(KILLS);
  });
});
