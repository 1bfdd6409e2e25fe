// The contract between the window and the main side, as both see it: the calls' names and channels, what each takes
// and answers, and the plain data that crosses. The main side checks every argument with the zod schemas in
// electron/ipc/contract.ts, which are held to these types; the window imports nothing else of the main side.
import type { Balance, Client, Coupon, HistoryEntry, WriteOffRequest } from './domain';
import type { JournalCsv, JournalDay, Reconciliation, StartupRecovery } from './journal';
import type { AppNotice } from './notices';
import type { PosResult } from './result';
import type {
  CashierTill,
  ConnectionTestResult,
  Language,
  PinStatus,
  SaveResult,
  SettingsForm,
  SettingsView,
  UnlockResult,
} from './settings';

export const CALL_NAMES = [
  'appInfo',
  'searchClients',
  'getCustomer',
  'getHistory',
  'writeOff',
  'getWriteOff',
  'updateStatus',
  // Manager settings behind the PIN.
  'pinStatus',
  'setPin',
  'unlockSettings',
  'lockSettings',
  'getSettings',
  'saveSettings',
  'testConnection',
  // The write-off journal.
  'listJournal',
  'exportJournalCsv',
  'reconcileShift',
  'recoveredAtStart',
  // Settling write-offs in doubt.
  'finishWithoutWriteOff',
  'resolveWriteOff',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** The IPC channel a call travels on; written here once so nothing else spells channel strings. */
export function channelOf(name: CallName): string {
  return `pos:${name}`;
}

export interface AppInfo {
  mode: 'training' | 'live';
  version: string;
  /** The language the manager chose for this terminal. */
  language: Language;
  /** What every screen must say until a manager deals with it. */
  notices: AppNotice[];
  /** What a point is worth at this till, and after how long without input it forgets the customer. */
  till: CashierTill;
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
export type WriteOffState =
  'applied' | 'in-doubt' | 'settled-applied' | 'settled-not-applied' | 'needs-review' | 'resolved';

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

/** What each call takes: no argument, or one plain object. A local day is YYYY-MM-DD on the terminal's calendar. */
export interface CallArguments {
  appInfo: undefined;
  searchClients: { by: 'phone' | 'email'; query: string };
  /** `justFound`: the card's first read after a search found it alone; it may join the main side's read ahead. */
  getCustomer: { clientId: number; justFound?: boolean };
  getHistory: { clientId: number; from?: number; to?: number; offset: number; limit: number };
  writeOff: WriteOffRequest;
  getWriteOff: { journalId: string };
  updateStatus: undefined;
  pinStatus: undefined;
  setPin: { pin: string };
  unlockSettings: { pin: string };
  lockSettings: undefined;
  getSettings: undefined;
  saveSettings: SettingsForm;
  testConnection: SettingsForm;
  /** No day means today on the terminal's calendar. */
  listJournal: { day?: string };
  exportJournalCsv: { day: string; language: Language };
  reconcileShift: { day: string };
  recoveredAtStart: undefined;
  /** The sale goes on without a write-off in doubt (it stays watched). */
  finishWithoutWriteOff: { journalId: string };
  /** A manager's decision on a write-off that needs review, behind the PIN. */
  resolveWriteOff: { journalId: string; note: string };
}

/** What each call answers when it succeeds. */
export interface CallResults {
  appInfo: AppInfo;
  searchClients: ClientMatches;
  getCustomer: CustomerHoldings;
  getHistory: HistoryPage;
  writeOff: WriteOffReport;
  getWriteOff: WriteOffReport;
  updateStatus: UpdateStatus;
  pinStatus: PinStatus;
  setPin: UnlockResult;
  unlockSettings: UnlockResult;
  lockSettings: { locked: true };
  getSettings: SettingsView;
  saveSettings: SaveResult;
  testConnection: ConnectionTestResult;
  listJournal: JournalDay;
  exportJournalCsv: JournalCsv;
  reconcileShift: Reconciliation;
  recoveredAtStart: StartupRecovery;
  finishWithoutWriteOff: WriteOffReport;
  resolveWriteOff: WriteOffReport;
}

/** What `window.pos` offers the window: one function per call, resolving to a result; a call that takes nothing is called with nothing. */
export type PosApi = {
  [Name in CallName]: CallArguments[Name] extends undefined
    ? () => Promise<PosResult<CallResults[Name]>>
    : (argument: CallArguments[Name]) => Promise<PosResult<CallResults[Name]>>;
};
