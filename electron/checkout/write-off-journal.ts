// The terminal's journal of write-offs on disk: intents and state changes appended durably, read back by day and at start-up.
import { dayBounds } from '../journal/files';
import { openDurableLog, type DurableLog, type Recovered } from '../journal/durable-log';
import type { ReadRecord } from '../journal/line-trust';
import type { JournalKey } from '../journal/sealed-line';
import {
  acceptJournalRecord,
  carriedRecords,
  foldRecords,
  isFinal,
  isSettled,
  type IntentRecord,
  type JournalRecord,
  type JournalStory,
  type StateRecord,
} from './journal-records';

export interface WriteOffJournal {
  /** Write-offs the previous run left unfinished (only an intent, or last state `sent` or `in-doubt`) or flagged by a line in question, oldest first. */
  readonly unfinishedAtStart: JournalStory[];
  /** Lines copied to the quarantine while opening. */
  readonly setAsideAtStart: Recovered<JournalRecord>['setAside'];
  recordIntent(intent: IntentRecord): Promise<void>;
  recordState(state: Omit<StateRecord, 'type' | 'at'>): Promise<void>;
  /** The write-offs confirmed on a local day (YYYY-MM-DD), oldest first, each with its latest state on disk. */
  listDay(day: string): Promise<{ stories: JournalStory[]; damaged: number }>;
  /** One write-off as it stands on disk, read back from the newest file to the one holding its intent; null when none does. */
  find(id: string): Promise<JournalStory | null>;
  close(): Promise<void>;
}

export async function openWriteOffJournal(dir: string, now: () => number, key: JournalKey): Promise<WriteOffJournal> {
  // Durable stories only: updated after each append resolves, so what a new file carries is exactly what is on disk.
  const stories = new Map<string, JournalStory>();
  const { log, recovered } = await openDurableLog<JournalRecord>({
    dir,
    now,
    key,
    accept: acceptJournalRecord,
    carry: () => [...stories.values()].filter((story) => !isSettled(story)).flatMap(carriedRecords),
  });
  foldRecords(recovered.records, stories);
  for (const [id, story] of stories) if (isSettled(story)) stories.delete(id);
  const unfinishedAtStart = [...stories.values()];
  // Lines of no sealed checkpoint (the first start with sealing, or a lost key): carried at once under this key, flags included.
  if (recovered.resealNeeded) await log.reseal();

  async function append(record: JournalRecord): Promise<void> {
    await log.append(record);
    foldRecords([{ record, trust: 'verified' }], stories);
    // A finished write-off is never carried again, so it need not stay in memory.
    const story = stories.get(record.id);
    if (story && isSettled(story)) stories.delete(record.id);
  }

  return {
    unfinishedAtStart,
    setAsideAtStart: recovered.setAside,
    recordIntent: append,
    recordState: (state) => append({ type: 'state', at: now(), ...state }),
    listDay: (day) => listDay(log, day),
    find: (id) => find(log, id),
    close: () => log.close(),
  };
}

async function find(log: DurableLog<JournalRecord>, id: string): Promise<JournalStory | null> {
  const read: ReadRecord<JournalRecord>[][] = [];
  for (const file of (await log.files()).reverse()) {
    const { records } = await log.read(file);
    read.unshift(records);
    if (records.some(({ record }) => record.type === 'intent' && record.id === id))
      return foldRecords(read.flat()).get(id) ?? null;
  }
  return null;
}

/**
 * Reads the day's files and the ones after them until every write-off confirmed that day has its final state (an
 * unfinished one is carried into the next day's file, and one confirmed at midnight may land in the next file).
 */
async function listDay(
  log: DurableLog<JournalRecord>,
  day: string,
): Promise<{ stories: JournalStory[]; damaged: number }> {
  const { start, end } = dayBounds(day);
  const confirmedThatDay = (story: JournalStory) => story.intent.at >= start && story.intent.at < end;
  const files = await log.files();
  const folded = new Map<string, JournalStory>();
  let damaged = 0;
  for (const file of files.filter((candidate) => candidate.day >= day)) {
    const read = await log.read(file);
    foldRecords(read.records, folded);
    if (file.day === day) damaged += read.damaged;
    const settled = [...folded.values()].filter(confirmedThatDay).every((story) => isFinal(story.last?.state));
    if (file.day > day && settled) break;
  }
  const stories = [...folded.values()].filter(confirmedThatDay).sort((a, b) => a.intent.at - b.intent.at);
  return { stories, damaged };
}
