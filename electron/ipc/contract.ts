// The one list of calls the window may make: each call's name, the schema of its argument and the type of its result.
import { z } from 'zod';
import type { Balance, Client, Coupon, HistoryEntry } from '../../common/domain';
import type { AppNotice } from '../../common/notices';
import type { JournalCsv, JournalDay, Reconciliation, StartupRecovery } from '../../common/journal';
import { MAX_MINOR } from '../../common/money';
import type { PosResult } from '../../common/result';
import { journalIdSchema } from '../checkout/journal-records';
import {
  pinSchema,
  settingsFormSchema,
  type ConnectionTestResult,
  type Language,
  type PinStatus,
  type SaveResult,
  type SettingsView,
  type UnlockResult,
} from '../settings/terminal-settings';
import type { CallName } from './call-names';

export { CALL_NAMES, channelOf, type CallName } from './call-names';

const clientId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const positiveMinor = z.number().int().positive().max(MAX_MINOR);
const timestamp = z.number().int().min(0).max(8.64e15);
const localDay = z.iso.date();

/** A call's argument schema, and its result type carried as a phantom so the compiler can check every side. */
interface Call<Input extends z.ZodType, Output> {
  input: Input;
  output?: Output;
}

function call<Output>() {
  return <Input extends z.ZodType>(input: Input): Call<Input, Output> => ({ input });
}

export interface AppInfo {
  mode: 'training' | 'live';
  version: string;
  /** The language the manager chose for this terminal. */
  language: Language;
  /** What every screen must say until a manager deals with it. */
  notices: AppNotice[];
}

export interface ClientMatches {
  /** How many clients matched in all. */
  total: number;
  /** The first of them, at most MAX_LISTED_MATCHES: only what a cashier can look at crosses the bridge. */
  clients: Client[];
}

export interface CustomerHoldings {
  balances: Balance[];
  coupons: Coupon[];
}

export interface HistoryPage {
  entries: HistoryEntry[];
  offset: number;
  hasMore: boolean;
}

/**
 * Where a write-off stands. `in-doubt`: the server may or may not have applied it, and the main side is reading back
 * to find out; the window asks again with getWriteOff until it is one of the settled states.
 */
export type WriteOffState = 'applied' | 'in-doubt' | 'settled-applied' | 'settled-not-applied' | 'needs-review' | 'resolved';

/** The step a write-off in doubt is at, for the cashier to read in plain words. */
export type SettlementStep = 'reading-back' | 'waiting-to-read-again' | 'reading-again';

/**
 * Why a write-off's outcome is unknown, each its own true reason: the server did not answer in time, the connection
 * broke, the server answered with an error (it did answer), its answer could not be read, the program was closed while
 * it was on its way, or something unexpected.
 */
export type InDoubtCause = 'timeout' | 'connection-lost' | 'server-error' | 'bad-answer' | 'interrupted' | 'unexpected';

export interface WriteOffReport {
  journalId: string;
  clientId: number;
  state: WriteOffState;
  step: SettlementStep | null;
  balance: { currency: string; amount: number }[];
  coupons: number[];
  /** When the cashier confirmed it (ms). */
  createdAt: number;
  /** What reading back found, in plain words, when it needs a manager's review. */
  reviewNote: string | null;
  /** Read-backs that failed in a row (no connection): the terminal keeps trying; more than 0 is worth telling the cashier. */
  readFailures?: number;
  /** Why the outcome was unknown when the POST came back; null when it was known (applied). */
  inDoubtCause?: InDoubtCause | null;
  /** Until when (ms) an unknown outcome is watched before anything is concluded from absence; null once settled. */
  watchUntil: number | null;
  /** It went through (or something that may be it did) after the cashier was told it was unknown: a manager's case. */
  lateLanding: boolean;
  /** The cashier finished the sale without it while it was in doubt. */
  saleFinishedWithout: boolean;
  /** The customer is held on this terminal: no new write-off for them until this one is settled or a manager resolves it. */
  holdsCustomer: boolean;
}

/**
 * Where an automatic update stands, for the cashier's notice. `ready`: downloaded, but it waits while a write-off is
 * open or in doubt; `installing-on-quit`: it installs when the app is next closed; `manager-installs`: downloaded, and
 * this account cannot approve the installer, so a manager installs it (README, "Updates").
 */
export interface UpdateStatus {
  state: 'none' | 'downloading' | 'ready' | 'installing-on-quit' | 'manager-installs';
  /** The version on its way; null when there is none. */
  version: string | null;
}

export const MAX_LISTED_MATCHES = 50;
export const MAX_HISTORY_PAGE = 200;

export const contract = {
  appInfo: call<AppInfo>()(z.undefined()),
  searchClients: call<ClientMatches>()(
    z.strictObject({ by: z.enum(['phone', 'email']), query: z.string().trim().min(1).max(100) }),
  ),
  // `justFound`: the first read of a card a search just found, which may join the read the main side started as that
  // search answered (customers/card-ahead.ts). Every other read (the write-off screen's, the card's after a write-off,
  // a retry) goes to the server.
  getCustomer: call<CustomerHoldings>()(z.strictObject({ clientId, justFound: z.boolean().optional() })),
  getHistory: call<HistoryPage>()(
    z.strictObject({
      clientId,
      from: timestamp.optional(),
      to: timestamp.optional(),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(MAX_HISTORY_PAGE),
    }),
  ),
  writeOff: call<WriteOffReport>()(
    z.strictObject({
      clientId,
      balance: z.array(z.strictObject({ currency: z.string().min(1).max(32), amount: positiveMinor })).max(8),
      coupons: z.array(clientId).max(100),
    }),
  ),
  getWriteOff: call<WriteOffReport>()(z.strictObject({ journalId: journalIdSchema })),
  // The sale goes on without a write-off in doubt (it stays watched); a manager resolves one behind the PIN.
  finishWithoutWriteOff: call<WriteOffReport>()(z.strictObject({ journalId: journalIdSchema })),
  resolveWriteOff: call<WriteOffReport>()(z.strictObject({ journalId: journalIdSchema, note: z.string().trim().min(3).max(500) })),
  updateStatus: call<UpdateStatus>()(z.undefined()),
  // Manager settings (issue 5): every call but pinStatus, setPin and unlockSettings needs the settings unlocked by the PIN.
  pinStatus: call<PinStatus>()(z.undefined()),
  setPin: call<UnlockResult>()(z.strictObject({ pin: pinSchema })),
  unlockSettings: call<UnlockResult>()(z.strictObject({ pin: pinSchema })),
  lockSettings: call<{ locked: true }>()(z.undefined()),
  getSettings: call<SettingsView>()(z.undefined()),
  saveSettings: call<SaveResult>()(settingsFormSchema),
  testConnection: call<ConnectionTestResult>()(settingsFormSchema),
  // The write-off journal (issue 4): a local day is YYYY-MM-DD on the terminal's calendar; no day means today there.
  listJournal: call<JournalDay>()(z.strictObject({ day: localDay.optional() })),
  exportJournalCsv: call<JournalCsv>()(z.strictObject({ day: localDay, language: z.enum(['ru', 'en']) })),
  reconcileShift: call<Reconciliation>()(z.strictObject({ day: localDay })),
  recoveredAtStart: call<StartupRecovery>()(z.undefined()),
} as const satisfies { [Name in CallName]: Call<z.ZodType, unknown> };

export type Contract = typeof contract;

export type CallInput<Name extends CallName> = z.output<Contract[Name]['input']>;
export type CallArgument<Name extends CallName> = z.input<Contract[Name]['input']>;
export type CallOutput<Name extends CallName> = NonNullable<Contract[Name]['output']>;

/** What `window.pos` offers the renderer: one function per call, resolving to a result. */
export type PosApi = {
  [Name in CallName]: (argument: CallArgument<Name>) => Promise<PosResult<CallOutput<Name>>>;
};
