// Journal lines the terminal cannot vouch for (written by the cashier's account, or under a key the vault no longer
// holds) are kept and flag their write-off for a manager: they never release a hold, never hide one, never quarantine.
import { randomBytes } from 'node:crypto';
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UNVERIFIED_NOTES, type IntentRecord } from '../../../electron/checkout/journal-records';
import { createWriteOffDesk, type WriteOffDesk } from '../../../electron/checkout/write-off';
import { openWriteOffJournal } from '../../../electron/checkout/write-off-journal';
import { journalFileName, listJournalFiles, localDay } from '../../../electron/journal/files';
import { encodeLine } from '../../../electron/journal/line';
import { journalKeyFrom, sealLine, type JournalKey, type LinePlace } from '../../../electron/journal/sealed-line';
import {
  FAST_TIMING,
  leaveInDoubt,
  points,
  rich,
  SERVER,
  startBench,
  statesOf,
  TEST_JOURNAL_KEY,
  type Bench,
} from './support';

let bench: Bench;
const extraDesks: WriteOffDesk[] = [];
afterEach(async () => {
  await Promise.all(extraDesks.splice(0).map((desk) => desk.close()));
  await bench.close();
});

/** A desk on the bench's journal under another key: the vault was reset, or lost with its keyring. */
function deskWithKey(key: JournalKey): WriteOffDesk {
  const desk = createWriteOffDesk({
    journalDir: bench.dir,
    journalKey: key,
    terminalId: 'till-1',
    loyaltyClient: () => bench.client,
    server: () => SERVER,
    timing: FAST_TIMING,
  });
  extraDesks.push(desk);
  return desk;
}

/** Appends a line to a journal file (the newest unless named), as a text editor in the cashier's account would. */
async function appendToJournal(line: (place: LinePlace, lines: string[]) => string, name?: string): Promise<void> {
  const file = { name: name ?? (await listJournalFiles(bench.dir)).at(-1)!.name };
  const full = path.join(bench.dir, file.name);
  const lines = (await readFile(full, 'utf8')).split('\n').filter(Boolean);
  await appendFile(full, line({ file: file.name, offset: (await stat(full)).size }, lines));
}

async function expectHeldForManager(
  desk: WriteOffDesk,
  journalId: string,
  flag: keyof typeof UNVERIFIED_NOTES,
): Promise<void> {
  await desk.settled();
  const { entries, setAside } = await desk.recoveredAtStart();
  expect(setAside).toEqual([]);
  expect(entries).toEqual([
    expect.objectContaining({ journalId, outcome: 'needs-review', note: UNVERIFIED_NOTES[flag] }),
  ]);
  expect(await desk.report(journalId)).toMatchObject({ state: 'needs-review', holdsCustomer: true });
  await expect(desk.send(points(100))).rejects.toMatchObject({ code: 'busy' });
  const day = await desk.listDay();
  expect(day.damagedRecords).toBe(0);
  expect(day.entries).toEqual([expect.objectContaining({ journalId, outcome: 'needs-review' })]);
}

describe("a line the cashier's account appends to the journal", () => {
  const relabel = (id: string, state: 'settled-not-applied' | 'resolved' | 'refused') => ({
    type: 'state',
    id,
    at: Date.now(),
    state,
    ...(state === 'resolved' ? { resolution: 'проверено' } : {}),
  });

  it.each([
    [
      'a CRC-only line, the format before lines were sealed, saying "not applied"',
      (id: string) => () => encodeLine(relabel(id, 'settled-not-applied')),
    ],
    [
      'a sealed line naming the current key with a MAC of its own, saying "resolved"',
      (id: string) => (place: LinePlace) =>
        sealLine({ key: randomBytes(32), id: TEST_JOURNAL_KEY.id }, place, relabel(id, 'resolved')),
    ],
    [
      "a line of the terminal's own, copied to the end (a replay)",
      () => (_place: LinePlace, lines: string[]) => `${lines.at(-1)!}\n`,
    ],
  ])('relabels nothing: %s leaves the write-off held and needing a manager', async (_name, forge) => {
    bench = await startBench();
    const journalId = await leaveInDoubt(bench);
    await appendToJournal(forge(journalId));
    const desk = bench.openDesk();
    await expectHeldForManager(desk, journalId, 'not-verified');
    // Flagged in a line of the terminal's own, and not watched: reading back would settle it without the manager seeing it.
    expect((await statesOf(bench.dir, journalId)).at(-1)).toBe('needs-review');
  });

  it('flags a finished write-off it tries to hide, and the flag outlives a restart until a manager resolves it', async () => {
    bench = await startBench();
    const { journalId } = await bench.openDesk().send(points(100));
    await appendToJournal(() => encodeLine(relabel(journalId, 'refused')));
    const first = bench.openDesk();
    await expectHeldForManager(first, journalId, 'not-verified');
    await first.close();
    await expectHeldForManager(bench.openDesk(), journalId, 'not-verified');
    const manager = bench.openDesk();
    expect(await manager.resolve(journalId, 'Списание есть в истории сервера')).toMatchObject({
      state: 'resolved',
      holdsCustomer: false,
    });
    await manager.close();
    const after = bench.openDesk();
    expect((await after.recoveredAtStart()).entries).toEqual([]);
    expect((await after.send(points(100))).state).toBe('applied');
  });
});

describe('a flagged write-off of an earlier day', () => {
  it('is resolved by the manager like any other, though start-up did not read it', async () => {
    bench = await startBench();
    const { journalId } = await bench.openDesk().send(points(100));
    const firstDay = (await listJournalFiles(bench.dir))[0]!;
    // The next day's file, started by a write-off then: start-up reads back only to its checkpoint.
    const nextDay = Date.now() + 86_400_000;
    const next = await openWriteOffJournal(bench.dir, () => nextDay, TEST_JOURNAL_KEY);
    const intent: IntentRecord = {
      type: 'intent',
      id: 'next-day',
      at: nextDay,
      terminalId: 'till-1',
      server: SERVER,
      ...points(100),
      snapshot: { from: 0, transactionIds: [], couponIds: [] },
    };
    await next.recordIntent(intent);
    await next.recordState({ id: intent.id, state: 'applied' });
    await next.close();
    // Then a line relabelling the first day's write-off, added to that day's file.
    await appendToJournal(
      () => encodeLine({ type: 'state', id: journalId, at: Date.now(), state: 'refused' }),
      firstDay.name,
    );

    const desk = createWriteOffDesk({
      journalDir: bench.dir,
      journalKey: TEST_JOURNAL_KEY,
      terminalId: 'till-1',
      loyaltyClient: () => bench.client,
      server: () => SERVER,
      now: () => nextDay,
    });
    extraDesks.push(desk);
    expect((await desk.recoveredAtStart()).entries).toEqual([]);
    expect((await desk.listDay(firstDay.day)).entries).toEqual([
      expect.objectContaining({ journalId, outcome: 'needs-review', note: UNVERIFIED_NOTES['not-verified'] }),
    ]);
    expect(await desk.resolve(journalId, 'Списание есть в истории сервера')).toMatchObject({
      state: 'resolved',
      holdsCustomer: false,
    });
    expect((await desk.listDay(firstDay.day)).entries).toEqual([
      expect.objectContaining({ journalId, outcome: 'resolved', resolution: 'Списание есть в истории сервера' }),
    ]);
    await expect(desk.resolve('no-such-write-off', 'Проверено на сервере')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('lines under an earlier key (the vault was reset or its keyring lost)', () => {
  it('are kept, flagged for a manager and never quarantined; nothing is lost and nothing is settled by them', async () => {
    bench = await startBench();
    const applied = await bench.openDesk().send(points(100));
    const inDoubt = await leaveInDoubt(bench);
    const newKey = journalKeyFrom(randomBytes(32));

    const reset = deskWithKey(newKey);
    await reset.settled();
    const { entries, setAside } = await reset.recoveredAtStart();
    expect(setAside).toEqual([]);
    expect(entries.map((entry) => [entry.journalId, entry.outcome, entry.note])).toEqual([
      [applied.journalId, 'needs-review', UNVERIFIED_NOTES['earlier-key']],
      [inDoubt, 'needs-review', UNVERIFIED_NOTES['earlier-key']],
    ]);
    await expect(reset.send(points(100))).rejects.toMatchObject({ code: 'busy' });
    const day = await reset.listDay();
    expect(day.damagedRecords).toBe(0);
    expect(day.entries.map((entry) => entry.journalId)).toEqual([applied.journalId, inDoubt]);
    await reset.close();

    // Carried under the new key at once, flags and all: the next start reads only lines of this key and still holds them.
    const again = deskWithKey(newKey);
    expect((await again.recoveredAtStart()).entries.map((entry) => [entry.outcome, entry.note])).toEqual([
      ['needs-review', UNVERIFIED_NOTES['earlier-key']],
      ['needs-review', UNVERIFIED_NOTES['earlier-key']],
    ]);
    await again.resolve(applied.journalId, 'Есть в истории сервера');
    expect(await again.report(applied.journalId)).toMatchObject({ state: 'resolved', holdsCustomer: false });
    expect(await again.report(inDoubt)).toMatchObject({ state: 'needs-review', holdsCustomer: true });
  });
});

describe('a journal from before lines were sealed', () => {
  it('is taken as it stands at the first start; a CRC-only line written after that is not', async () => {
    bench = await startBench();
    const at = Date.now();
    const intent: IntentRecord = {
      type: 'intent',
      id: 'before-sealing',
      at,
      terminalId: 'till-1',
      server: SERVER,
      ...points(100),
      snapshot: { from: 0, transactionIds: [], couponIds: [] },
    };
    const states = [
      { type: 'state', id: intent.id, at, state: 'sent' },
      { type: 'state', id: intent.id, at, state: 'applied' },
    ];
    await writeFile(
      path.join(bench.dir, journalFileName(1, localDay(at))),
      [intent, ...states].map(encodeLine).join(''),
    );

    const first = bench.openDesk();
    expect(await first.recoveredAtStart()).toEqual({ entries: [], setAside: [] });
    expect((await first.listDay()).entries).toEqual([
      expect.objectContaining({ journalId: intent.id, outcome: 'applied' }),
    ]);
    await first.close();

    await appendToJournal(() => encodeLine({ type: 'state', id: intent.id, at, state: 'refused' }));
    const second = bench.openDesk();
    expect((await second.listDay()).entries).toEqual([
      expect.objectContaining({
        journalId: intent.id,
        outcome: 'needs-review',
        note: UNVERIFIED_NOTES['not-verified'],
      }),
    ]);
    expect(rich.id).toBe(intent.clientId);
  });
});
