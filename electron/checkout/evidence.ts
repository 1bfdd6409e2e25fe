// What reading an account back proves about one write-off: two witnesses (history and balance) against the snapshot.
import type { Balance, Coupon, HistoryEntry } from '../../common/domain';
import type { IntentRecord, Snapshot } from './journal-records';
import { describeFindings, type CouponFinding, type LineFinding } from './review-note';

/** One read of the account: balance, history since the snapshot's `from`, coupons, and the server's time of the read. */
export interface Reading {
  balance: Balance[];
  history: HistoryEntry[];
  coupons: Coupon[];
  serverTime: number | null;
}

export type Evidence =
  /** Every amount found as exactly one new entry the balance agrees with, and every coupon redeemed. */
  | { kind: 'applied'; transactionIds: string[] }
  /** Nothing of it: no new debit, the balance moved only as new accruals explain, every coupon still held. */
  | { kind: 'absent' }
  /** The witnesses disagree (history lagging the balance): nothing can be concluded yet. */
  | { kind: 'unsettled'; note: string; landed: boolean }
  /** Something left the account that could be it in another shape, or part of it: a manager must look. */
  | { kind: 'unexplained'; note: string; landed: boolean };

/**
 * A new entry counts as this write-off only when it debits exactly the amount, it is the only such entry, and the
 * balance moved by exactly what the new entries add up to (so nothing unseen moved it). Entries dated before the
 * snapshot's server time are older ones a lagging history shows late, never this write-off. Accruals (the other sign)
 * never count as it. A debit is a negative entry: a server that records write-offs with the other sign leaves the two witnesses
 * disagreeing, which ends in a manager's review, never in a wrong answer.
 */
export function judge(intent: IntentRecord, reading: Reading): Evidence {
  const { snapshot } = intent;
  if (!snapshot.balance) return { kind: 'unsettled', note: describeFindings([], [], 'no-witness'), landed: false };
  const fresh = entriesSince(snapshot, reading);
  const lines = intent.balance.map((line) =>
    judgeLine(line, fresh, amountIn(snapshot.balance!, line.currency), amountIn(reading.balance, line.currency)),
  );
  const coupons = intent.coupons.map((id) => judgeCoupon(id, reading, snapshot.couponExpiry ?? []));
  const kinds = new Set([...lines.map((line) => line.kind), ...coupons.map((coupon) => coupon.kind)]);
  if (lines.every((line) => line.kind === 'found') && coupons.every((coupon) => coupon.kind === 'gone')) {
    return { kind: 'applied', transactionIds: lines.flatMap((line) => line.ids) };
  }
  if (lines.every((line) => line.kind === 'absent') && coupons.every((coupon) => coupon.kind === 'held'))
    return { kind: 'absent' };
  const note = describeFindings(lines, coupons, kinds.has('unsettled') ? 'unsettled' : 'unexplained');
  // Either witness may show something that may be it going through: a new debit in its currency, the balance down by
  // more than the history shows (a lagging history), or a coupon gone.
  const landed =
    lines.some((line) => line.ids.length > 0 || line.unseenDebit) || coupons.some((coupon) => coupon.kind !== 'held');
  return kinds.has('unsettled') ? { kind: 'unsettled', note, landed } : { kind: 'unexplained', note, landed };
}

function judgeLine(
  line: { currency: string; amount: number },
  fresh: HistoryEntry[],
  before: number | null,
  now: number | null,
): LineFinding {
  const entries = fresh.filter((entry) => entry.currency === line.currency);
  const moved = before === null || now === null ? null : now - before;
  const explained = entries.reduce((sum, entry) => sum + entry.amount, 0);
  const exact = entries.filter((entry) => entry.amount === -line.amount).map((entry) => entry.transactionId);
  const otherDebits = entries
    .filter((entry) => entry.amount < 0 && entry.amount !== -line.amount)
    .map((entry) => entry.transactionId);
  const base = {
    currency: line.currency,
    amount: line.amount,
    moved,
    unseenDebit: moved !== null && moved < explained,
  };
  if (moved !== explained) return { ...base, kind: 'unsettled', ids: [...exact, ...otherDebits] };
  if (exact.length === 1) return { ...base, kind: 'found', ids: exact };
  if (exact.length > 1 || otherDebits.length > 0)
    return { ...base, kind: 'unexplained', ids: [...exact, ...otherDebits] };
  return { ...base, kind: 'absent', ids: [] };
}

/** A coupon that left the list counts as redeemed only if it had not expired by then (some servers drop expired ones). */
function judgeCoupon(id: number, reading: Reading, expiry: { id: number; expireDate: number }[]): CouponFinding {
  if (reading.coupons.some((coupon) => coupon.id === id)) return { id, kind: 'held' };
  const expireDate = expiry.find((coupon) => coupon.id === id)?.expireDate;
  const expired = expireDate === undefined || reading.serverTime === null || reading.serverTime > expireDate;
  return { id, kind: expired ? 'expired-or-gone' : 'gone' };
}

/** History entries new since the snapshot: not listed in it, and dated from its server time on. */
function entriesSince(snapshot: Snapshot, reading: Reading): HistoryEntry[] {
  const before = new Set(snapshot.transactionIds);
  const since = snapshot.serverTime ?? -Infinity;
  return reading.history.filter((entry) => !before.has(entry.transactionId) && entry.transactionDate >= since);
}

function amountIn(balance: Balance[], currency: string): number | null {
  return balance.find((line) => line.currency === currency)?.amount ?? null;
}

/**
 * Once this terminal has sent a newer write-off for the same customer, the balance moves with that one too and an exact
 * amount may be its: only history entries dated before the newer one's snapshot (`newerSnapshotAt`, server time) can
 * still be told apart, as the newer POST left after it. Any new debit among them in this write-off's currencies may be
 * it: a manager's case (found), or nothing yet (null).
 */
export function debitsBefore(intent: IntentRecord, reading: Reading, newerSnapshotAt: number): Evidence | null {
  const fresh = entriesSince(intent.snapshot, reading).filter((entry) => entry.transactionDate < newerSnapshotAt);
  const lines = intent.balance.map(({ currency, amount }): LineFinding => {
    const ids = fresh
      .filter((entry) => entry.currency === currency && entry.amount < 0)
      .map((entry) => entry.transactionId);
    return { currency, amount, kind: 'unexplained', ids, moved: null, unseenDebit: false };
  });
  const found = lines.filter((line) => line.ids.length > 0);
  if (found.length === 0) return null;
  return { kind: 'unexplained', note: describeFindings(found, [], 'unexplained'), landed: true };
}
