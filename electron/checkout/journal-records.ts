// The write-off journal's records (an intent, then each state change) and how a run of them folds into each write-off's story.
import { z } from 'zod';

/** Every state a write-off passes through on disk, in the order they can happen. */
export const JOURNAL_STATES = [
  /** The intent is on disk and the POST is about to leave; nothing after this proves whether it arrived. */
  'sent',
  'applied',
  'refused',
  'not-sent',
  'in-doubt',
  'settled-applied',
  'settled-not-applied',
  'needs-review',
  /** A manager decided a write-off that needed review, with a note of what was decided. */
  'resolved',
] as const;
export type JournalState = (typeof JOURNAL_STATES)[number];

// "needs-review" is not final: it holds the customer, across restarts too, until a manager resolves it.
const FINAL_STATES: ReadonlySet<JournalState> = new Set(['applied', 'refused', 'not-sent', 'settled-applied', 'settled-not-applied', 'resolved']);

export function isFinal(state: JournalState | undefined): boolean {
  return state !== undefined && FINAL_STATES.has(state);
}

const minor = z.number().int().positive();

/**
 * A write-off's id as the journal makes it (randomUUID): letters, digits and hyphens, starting with a letter or digit.
 * Checked on every line read and on every call that names one, so a forged line cannot carry a formula, a quote or markup.
 */
export const journalIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, { error: 'is not a journal id' });

/**
 * What the client held just before the POST left: history ids since `from`, coupon ids, and (the second witness) the
 * balance, the server's time of that read and each coupon's expiry. Journals from before the second witness lack the
 * last three; their write-offs can then only end as "needs review" or by a manager.
 */
export const snapshotSchema = z.object({
  from: z.number(),
  transactionIds: z.array(z.string()),
  couponIds: z.array(z.number()),
  balance: z.array(z.object({ currency: z.string(), amount: z.number().int() })).optional(),
  serverTime: z.number().optional(),
  couponExpiry: z.array(z.object({ id: z.number(), expireDate: z.number() })).optional(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const intentRecord = z.object({
  type: z.literal('intent'),
  id: journalIdSchema,
  /** When the cashier confirmed it (ms, terminal clock). */
  at: z.number(),
  terminalId: z.string(),
  /** Which server it went to: "training" for the built-in simulator, else the live API's address. Read back only there. */
  server: z.string(),
  clientId: z.number().int(),
  balance: z.array(z.object({ currency: z.string(), amount: minor })),
  coupons: z.array(z.number().int()),
  snapshot: snapshotSchema,
});
export type IntentRecord = z.infer<typeof intentRecord>;

export const stateRecord = z.object({
  type: z.literal('state'),
  id: journalIdSchema,
  at: z.number(),
  state: z.enum(JOURNAL_STATES),
  /** The server's refusal, or what reading back found, in plain words. */
  note: z.string().optional(),
  /** History entries that reading back took as this write-off. */
  transactionIds: z.array(z.string()).optional(),
  /** Written at start-up for a write-off the previous run left unfinished. */
  recovered: z.boolean().optional(),
  /** It went through (or something of it did) after the cashier was told its outcome was unknown: a case for a manager. */
  lateLanding: z.boolean().optional(),
  /** While it was in doubt the cashier finished the sale without it: the customer paid in full. */
  saleFinishedWithout: z.boolean().optional(),
  /** What the manager decided, in their words. */
  resolution: z.string().optional(),
});
export type StateRecord = z.infer<typeof stateRecord>;

export type JournalRecord = IntentRecord | StateRecord;

const journalRecord = z.discriminatedUnion('type', [intentRecord, stateRecord]);

export function acceptJournalRecord(value: unknown): JournalRecord | undefined {
  return journalRecord.safeParse(value).data;
}

/** One write-off as its records tell it. */
export interface JournalStory {
  intent: IntentRecord;
  /** The latest state record; null while only the intent is on disk. */
  last: StateRecord | null;
  /** The previous run left it unfinished and this terminal settled it at start-up. */
  recovered: boolean;
}

/**
 * Folds records, oldest first, into stories by write-off id. A record repeated by a new day's file (carried) changes
 * nothing; a state without its intent (whose line was damaged and set aside) has no story to join.
 */
export function foldRecords(records: Iterable<JournalRecord>, into = new Map<string, JournalStory>()): Map<string, JournalStory> {
  for (const record of records) {
    const story = into.get(record.id);
    if (record.type === 'intent') {
      if (!story) into.set(record.id, { intent: record, last: null, recovered: false });
    } else if (story) {
      story.last = record;
      story.recovered ||= record.recovered === true;
    }
  }
  return into;
}

/** The records that retell an unfinished write-off at the top of a new file. */
export function carriedRecords(story: JournalStory): JournalRecord[] {
  return story.last ? [story.intent, story.last] : [story.intent];
}
