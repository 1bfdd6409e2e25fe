// A day of the journal: the write-offs confirmed that day with their final states, even when those landed in the next day's file.
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntentRecord } from '../../../electron/checkout/journal-records';
import { openWriteOffJournal } from '../../../electron/checkout/write-off-journal';
import { SERVER, tempDir, TEST_JOURNAL_KEY } from './support';

const LATE = new Date(2025, 2, 14, 23, 59).getTime();
const MINUTE = 60_000;

let dir: string;
let clock: number;
beforeEach(async () => {
  dir = await tempDir();
  clock = LATE;
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function intent(id: string, clientId = 7): IntentRecord {
  return {
    type: 'intent',
    id,
    at: clock,
    terminalId: 't',
    server: SERVER,
    clientId,
    balance: [{ currency: 'points', amount: 100 }],
    coupons: [],
    snapshot: { from: 0, transactionIds: [], couponIds: [] },
  };
}

describe('the journal by day', () => {
  it('tells a write-off confirmed before midnight with the state recorded after it', async () => {
    const journal = await openWriteOffJournal(dir, () => clock, TEST_JOURNAL_KEY);
    await journal.recordIntent(intent('late'));
    await journal.recordState({ id: 'late', state: 'sent' });
    await journal.recordState({ id: 'late', state: 'in-doubt' });
    await journal.recordIntent(intent('done'));
    await journal.recordState({ id: 'done', state: 'refused', note: 'Недостаточно средств' });
    clock += 5 * MINUTE;
    await journal.recordState({ id: 'late', state: 'settled-applied', transactionIds: ['42'] });
    await journal.recordIntent(intent('morning'));
    await journal.recordState({ id: 'morning', state: 'sent' });

    const day = await journal.listDay('2025-03-14');
    expect(day.stories.map((story) => [story.intent.id, story.last?.state, story.last?.note])).toEqual([
      ['late', 'settled-applied', undefined],
      ['done', 'refused', 'Недостаточно средств'],
    ]);
    expect((await journal.listDay('2025-03-15')).stories.map((story) => story.intent.id)).toEqual(['morning']);
    expect((await journal.listDay('2025-03-13')).stories).toEqual([]);
    await journal.close();
  });

  it('carries an unfinished write-off into the next day so the newest file alone restores it', async () => {
    const first = await openWriteOffJournal(dir, () => clock, TEST_JOURNAL_KEY);
    await first.recordIntent(intent('open'));
    await first.recordState({ id: 'open', state: 'sent' });
    clock += 5 * MINUTE;
    await first.recordIntent(intent('next', 8));
    await first.recordState({ id: 'next', state: 'applied' });
    await first.close();

    const second = await openWriteOffJournal(dir, () => clock, TEST_JOURNAL_KEY);
    expect(second.unfinishedAtStart.map((story) => [story.intent.id, story.last?.state])).toEqual([['open', 'sent']]);
    await second.close();
  });
});
