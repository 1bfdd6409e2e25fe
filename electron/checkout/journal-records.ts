// The write-off journal's records (an intent, then each state change) and how a run of them folds into each write-off's story.
import { z } from 'zod';
import type { LineTrust, ReadRecord } from '../journal/line-trust';

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
const FINAL_STATES: ReadonlySet<JournalState> = new Set([
  'applied',
  'refused',
  'not-sent',
  'settled-applied',
  'settled-not-applied',
  'resolved',
]);

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
  /** Who the customer was, from this terminal's own search answers (never from the window); absent in older journals. */
  customer: z
    .strictObject({
      name: z.string().max(200).nullable(),
      phoneLast4: z
        .string()
        .regex(/^\d{4}$/)
        .nullable(),
    })
    .optional(),
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
  /**
   * A line of this write-off could not be verified (`not-verified`) or was sealed under an earlier key: written by the
   * app when it flags the write-off for a manager, so the flag outlives the file the line was in. Cleared by `resolved`.
   */
  unverifiedLine: z.enum(['not-verified', 'earlier-key']).optional(),
});
export type StateRecord = z.infer<typeof stateRecord>;

export type JournalRecord = IntentRecord | StateRecord;

const journalRecord = z.discriminatedUnion('type', [intentRecord, stateRecord]);

export function acceptJournalRecord(value: unknown): JournalRecord | undefined {
  return journalRecord.safeParse(value).data;
}

export type UnverifiedLine = NonNullable<StateRecord['unverifiedLine']>;

/** One write-off as its records tell it. */
export interface JournalStory {
  intent: IntentRecord;
  /** The latest state record the terminal itself wrote; null while only the intent is on disk. */
  last: StateRecord | null;
  /** The previous run left it unfinished and this terminal settled it at start-up. */
  recovered: boolean;
  /** A line of it could not be believed: it needs a manager whatever its lines say, until one resolves it. */
  unverified: UnverifiedLine | null;
}

/** Lines the app itself wrote; the others are kept and flag their write-off, never change its state. */
const isOwn = (trust: LineTrust) => trust === 'verified' || trust === 'before-signing';
const flagOf = (trust: LineTrust): UnverifiedLine => (trust === 'earlier-key' ? 'earlier-key' : 'not-verified');

/**
 * Folds records, oldest first, into stories by write-off id. A record repeated by a new day's file (carried) changes
 * nothing; a state without its intent (whose line was damaged and set aside) has no story to join. A line the app
 * cannot vouch for never moves a write-off's state: it flags the write-off for a manager (see `isSettled`).
 */
export function foldRecords(
  records: Iterable<ReadRecord<JournalRecord>>,
  into = new Map<string, JournalStory>(),
): Map<string, JournalStory> {
  for (const { record, trust } of records) {
    const story = into.get(record.id);
    const flag = isOwn(trust) ? null : flagOf(trust);
    if (record.type === 'intent') {
      if (!story) into.set(record.id, { intent: record, last: null, recovered: false, unverified: flag });
      else story.unverified ??= flag;
    } else if (story && flag) {
      story.unverified ??= flag;
    } else if (story) {
      story.last = record;
      story.recovered ||= record.recovered === true;
      if (record.unverifiedLine) story.unverified = record.unverifiedLine;
      else if (record.state === 'resolved') story.unverified = null;
    }
  }
  return into;
}

/** Finished for good: its last state is final and no line of it is in question. */
export function isSettled(story: JournalStory): boolean {
  return story.unverified === null && isFinal(story.last?.state);
}

/** The records that retell an unfinished write-off at the top of a new file; a flag goes with it under the current key. */
export function carriedRecords(story: JournalStory): JournalRecord[] {
  if (story.unverified === null || story.last?.unverifiedLine === story.unverified)
    return story.last ? [story.intent, story.last] : [story.intent];
  const flagged: StateRecord = {
    ...(story.last ?? { type: 'state', id: story.intent.id, at: story.intent.at }),
    state: 'needs-review',
    note: UNVERIFIED_NOTES[story.unverified],
    unverifiedLine: story.unverified,
  };
  return [story.intent, flagged];
}

/** What the manager reads on a write-off flagged by a line the terminal cannot vouch for (Russian, as the other review notes). */
export const UNVERIFIED_NOTES: Record<UnverifiedLine, string> = {
  'not-verified':
    'Строку журнала об этом списании не удалось проверить: её мог дописать кто-то, кроме программы. Состояние списания неизвестно; клиент удерживается. Сверьте историю клиента на сервере лояльности и решите, что делать; не повторяйте списание, пока это не выяснено.',
  'earlier-key':
    'Строка журнала об этом списании подписана прежним ключом (хранилище терминала было сброшено), поэтому ей нельзя верить. Клиент удерживается. Сверьте историю клиента на сервере лояльности и решите, что делать; не повторяйте списание, пока это не выяснено.',
};
