// The shift journal read at a glance: what the day wrote off per currency and in coupons, and the entries that need a manager first.
import type { JournalEntry } from '../../../common/journal';

export interface DayTotals {
  /** Minor units per currency, of the write-offs that went through, in the order the currencies first appear. */
  amounts: { currency: string; amount: number }[];
  coupons: number;
  /** Write-offs that went through. */
  count: number;
}

const wentThrough = (entry: JournalEntry) => entry.outcome === 'applied' || entry.outcome === 'settled-applied';

/** Only what went through counts: a refusal, one not sent or one still unknown wrote nothing off (yet). */
export function dayTotals(entries: JournalEntry[]): DayTotals {
  const amounts = new Map<string, number>();
  let coupons = 0;
  let count = 0;
  for (const entry of entries.filter(wentThrough)) {
    count += 1;
    coupons += entry.coupons.length;
    for (const line of entry.balance) amounts.set(line.currency, (amounts.get(line.currency) ?? 0) + line.amount);
  }
  return { amounts: [...amounts].map(([currency, amount]) => ({ currency, amount })), coupons, count };
}

/** A review still open, or a write-off that landed after the cashier was told it was unknown, not yet resolved. */
export const needsManager = (entry: JournalEntry): boolean =>
  entry.outcome === 'needs-review' || (entry.lateLanding && entry.resolution === null);

/** The ones a manager must look at come first; otherwise the journal's own order is kept. */
export function needsManagerFirst(entries: JournalEntry[]): JournalEntry[] {
  return [...entries.filter(needsManager), ...entries.filter((entry) => !needsManager(entry))];
}
