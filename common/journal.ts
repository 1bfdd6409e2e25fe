// The write-off journal as the window sees it: entries by day, what start-up recovered, and the manager's reconciliation.

/** Where a journaled write-off ended, or stands. */
export type JournalOutcome =
  /** Being sent right now. */
  | 'sending'
  | 'applied'
  /** The server refused it: nothing was written off. */
  | 'refused'
  /** Provably never reached the server: nothing was written off. */
  | 'not-sent'
  /** Unknown yet; the terminal is reading the client's account back to find out. */
  | 'in-doubt'
  | 'settled-applied'
  | 'settled-not-applied'
  /** Reading back found part of it, something else that could be it, or could not read for long: a manager must look. */
  | 'needs-review'
  /** A manager decided a write-off that needed review; the resolution says what. */
  | 'resolved';

/** Who the customer was, as the loyalty API named them when this terminal found them: never the full phone. */
export interface JournalCustomer {
  name: string | null;
  /** The phone's last four digits. */
  phoneLast4: string | null;
}

export interface JournalEntry {
  journalId: string;
  terminalId: string;
  clientId: number;
  /** Recorded at write-off time; null in entries from before it was, or when this run never found the customer. */
  customer: JournalCustomer | null;
  /** Amounts in minor units. */
  balance: { currency: string; amount: number }[];
  coupons: number[];
  /** When the cashier confirmed it (ms). */
  createdAt: number;
  outcome: JournalOutcome;
  /** The server's refusal, or what reading back found, in plain words. */
  note: string | null;
  /** Left unfinished by a crash or restart, and settled when the app started again. */
  recovered: boolean;
  /** Sent to the built-in training simulator: not a real write-off. */
  training: boolean;
  /** It (or something that may be it) went through after the cashier was told its outcome was unknown: a case for a manager. */
  lateLanding: boolean;
  /** While it was in doubt the cashier finished the sale without it (the customer paid in full). */
  saleFinishedWithout: boolean;
  /** What the manager decided, in their words; null until then. */
  resolution: string | null;
}

/** The customer as the journal names them: "Name ···1234", what of it is known, else the client id. */
export function customerLabel({ clientId, customer }: Pick<JournalEntry, 'clientId' | 'customer'>): string {
  const label = [customer?.name, customer?.phoneLast4 ? `···${customer.phoneLast4}` : null].filter(Boolean).join(' ');
  return label === '' ? String(clientId) : label;
}

export interface JournalDay {
  /** The terminal's local day, YYYY-MM-DD. */
  day: string;
  entries: JournalEntry[];
  /** Lines of that day's journal that could not be read and were copied to the quarantine file. */
  damagedRecords: number;
}

export interface JournalCsv {
  fileName: string;
  /** UTF-8 with a byte order mark, `;`-separated, decimal commas, CRLF: what Excel opens as columns in a Russian locale. */
  text: string;
}

export interface SetAsideLineInfo {
  file: string;
  line: number;
  kind: 'damaged' | 'torn';
}

export interface StartupRecovery {
  /** Write-offs the previous run left unfinished, as they stand now. */
  entries: JournalEntry[];
  /** Journal lines found unreadable at start-up and copied to the quarantine file. */
  setAside: SetAsideLineInfo[];
}

/** One line of a reconciliation: a journal write-off, or a server history entry, that does not match the other side. */
export interface ReconciliationItem {
  journalId: string | null;
  clientId: number;
  /** Who the customer was, as the journal entry recorded them. */
  customer: JournalCustomer | null;
  /** The journal's time, or the server entry's date when there is no journal entry. */
  at: number;
  currency: string | null;
  amount: number | null;
  couponId: number | null;
  outcome: JournalOutcome | null;
  transactionId: string | null;
}

export interface Reconciliation {
  day: string;
  /** Write-off lines (one per currency or coupon) compared with the server. */
  checked: number;
  matched: number;
  /** The journal says written off; the server shows no trace. */
  missing: ReconciliationItem[];
  /** The journal says not written off (or is unsure); the server shows it was. */
  unexpected: ReconciliationItem[];
  /** No entry of exactly that amount, but other debits near its time: recorded in another shape (split, netted, rounded) or someone else's. A manager looks. */
  unclear: ReconciliationItem[];
  /** Lines not compared: still in doubt, or waiting for a manager's review (the journal lists them). */
  notCompared: number;
  /** Clients whose history could not be read; their write-offs were not compared. */
  unreadClients: number[];
}
