// The manager's reconciliation: this terminal's journal for a day against what the server's history and coupon lists show.
import type { Coupon, HistoryEntry } from '../../common/domain';
import type {
  JournalDay,
  JournalEntry,
  JournalOutcome,
  Reconciliation,
  ReconciliationItem,
} from '../../common/journal';
import { dayBounds } from '../journal/files';
import type { LoyaltyClient } from '../loyalty/client';
import { historyWithin } from './read-back';

/**
 * How far apart the journal's time and the server's date of one write-off may be: the two clocks and the time the POST
 * took. A write-off dated further away shows as missing: a false alarm the manager sees, never a silent miss.
 */
export const MATCH_WINDOW_MS = 30 * 60 * 1000;

const CLAIMED_APPLIED: ReadonlySet<JournalOutcome> = new Set(['applied', 'settled-applied']);
const CLAIMED_NOT_APPLIED: ReadonlySet<JournalOutcome> = new Set(['refused', 'not-sent', 'settled-not-applied']);

interface ClientAccount {
  history: HistoryEntry[];
  coupons: Coupon[];
}

/**
 * The same evidence rules as settling (docs/decisions.md): each journal line (one per currency or coupon) that the
 * journal says was written off must have its own server debit of exactly that amount near its time, or its coupon must
 * be gone (§6); an accrual of the same amount is never it. Without such a debit, other unclaimed debits near its time
 * make it "unclear" (a provider that records write-offs split, netted or rounded), never "missing". A line the journal
 * says was not written off must have no such debit. Server entries no journal line claims are not listed: accruals and
 * other terminals' write-offs are not this terminal's business.
 */
export async function reconcileDay(client: LoyaltyClient, journal: JournalDay): Promise<Reconciliation> {
  const { start, end } = dayBounds(journal.day);
  const result: Reconciliation = {
    day: journal.day,
    checked: 0,
    matched: 0,
    missing: [],
    unexpected: [],
    unclear: [],
    notCompared: 0,
    unreadClients: [],
  };
  const byClient = new Map<number, JournalEntry[]>();
  for (const entry of journal.entries) byClient.set(entry.clientId, [...(byClient.get(entry.clientId) ?? []), entry]);
  for (const [clientId, entries] of byClient) {
    const account = await readAccount(client, clientId, start - MATCH_WINDOW_MS, end + MATCH_WINDOW_MS);
    if (!account) {
      result.unreadClients.push(clientId);
      continue;
    }
    compareClient(entries, account, result);
  }
  return result;
}

async function readAccount(
  client: LoyaltyClient,
  clientId: number,
  from: number,
  to: number,
): Promise<ClientAccount | null> {
  try {
    const [history, coupons] = await Promise.all([
      historyWithin(client, clientId, { from, to }),
      client.getCoupons(clientId),
    ]);
    return { history, coupons };
  } catch {
    return null;
  }
}

function compareClient(entries: JournalEntry[], account: ClientAccount, result: Reconciliation): void {
  const unused = new Set(account.history);
  const held = new Set(account.coupons.map((coupon) => coupon.id));
  // Lines said to be applied claim their server entries first, so a refused twin never takes one of theirs.
  const ordered = [
    ...entries.filter((entry) => CLAIMED_APPLIED.has(entry.outcome)),
    ...entries.filter((entry) => CLAIMED_NOT_APPLIED.has(entry.outcome)),
  ];
  result.notCompared += entries
    .filter((entry) => !CLAIMED_APPLIED.has(entry.outcome) && !CLAIMED_NOT_APPLIED.has(entry.outcome))
    .reduce((sum, entry) => sum + lineCount(entry), 0);
  // Exact debits first, for every line (so a line's own entry is never taken as another's "other shape"), then the rest.
  const lines = ordered.flatMap((entry) => entry.balance.map((line) => ({ entry, line })));
  const exact = lines.map(({ entry, line }) => {
    const found = nearestMatch(unused, entry.createdAt, line.currency, (amount) => amount === -line.amount);
    if (found) unused.delete(found);
    return found;
  });
  for (const [index, { entry, line }] of lines.entries()) {
    const found = exact[index] ?? null;
    const claimedApplied = CLAIMED_APPLIED.has(entry.outcome);
    const described = {
      ...item(entry),
      currency: line.currency,
      amount: line.amount,
      transactionId: found?.transactionId ?? null,
    };
    const otherShape =
      !found && claimedApplied ? nearestMatch(unused, entry.createdAt, line.currency, (amount) => amount < 0) : null;
    if (otherShape) {
      result.checked += 1;
      result.unclear.push({ ...described, transactionId: otherShape.transactionId });
    } else tally(result, claimedApplied, found !== null, described);
  }
  for (const entry of ordered) {
    const claimedApplied = CLAIMED_APPLIED.has(entry.outcome);
    for (const couponId of entry.coupons)
      tally(result, claimedApplied, !held.has(couponId), { ...item(entry), couponId });
  }
}

function lineCount(entry: JournalEntry): number {
  return entry.balance.length + entry.coupons.length;
}

function tally(result: Reconciliation, claimedApplied: boolean, seenOnServer: boolean, line: ReconciliationItem): void {
  result.checked += 1;
  if (claimedApplied === seenOnServer) result.matched += 1;
  else (claimedApplied ? result.missing : result.unexpected).push(line);
}

/** One item per line of an entry, each naming the customer as the journal recorded them. */
function item(entry: JournalEntry): ReconciliationItem {
  return {
    journalId: entry.journalId,
    clientId: entry.clientId,
    customer: entry.customer,
    at: entry.createdAt,
    currency: null,
    amount: null,
    couponId: null,
    outcome: entry.outcome,
    transactionId: null,
  };
}

function nearestMatch(
  entries: Set<HistoryEntry>,
  at: number,
  currency: string,
  fits: (amount: number) => boolean,
): HistoryEntry | null {
  let best: HistoryEntry | null = null;
  for (const entry of entries) {
    if (entry.currency !== currency || !fits(entry.amount)) continue;
    const distance = Math.abs(entry.transactionDate - at);
    if (distance <= MATCH_WINDOW_MS && (best === null || distance < Math.abs(best.transactionDate - at))) best = entry;
  }
  return best;
}
