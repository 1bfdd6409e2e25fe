// One client's balance history, ordered by date so date ranges are found by binary search.

import type { HistoryEntry } from '../../common/domain';

export interface HistoryQuery {
  from?: number;
  to?: number;
  offset?: number;
  limit?: number;
}

/**
 * Entries are stored oldest-first so that a new entry (normally the newest) is appended in O(1);
 * queries read the array backwards to answer newest-first. Among equal dates, the entry added
 * later counts as newer.
 */
export class HistoryLog {
  readonly #entries: HistoryEntry[];

  constructor(entries: readonly HistoryEntry[]) {
    this.#entries = [...entries].sort((a, b) => a.transactionDate - b.transactionDate);
  }

  add(entry: HistoryEntry): void {
    // A test clock may run backwards, so insert where the date belongs rather than at the end.
    this.#entries.splice(this.#firstAfter(entry.transactionDate), 0, entry);
  }

  /** Newest-first page of the entries dated within [from, to]. */
  page({ from = -Infinity, to = Infinity, offset = 0, limit = Infinity }: HistoryQuery): HistoryEntry[] {
    const low = this.#firstAtOrAfter(from);
    const high = this.#firstAfter(to);
    const count = Math.min(limit, high - low - offset);
    const page: HistoryEntry[] = [];
    for (let i = 0; i < count; i++) {
      const entry = this.#entries[high - 1 - offset - i];
      if (entry) page.push({ ...entry });
    }
    return page;
  }

  /** Every entry dated within [from, to] that `shown` lets through, newest first (a lagging server hides the rest). */
  within(from: number, to: number, shown: (entry: HistoryEntry) => boolean): HistoryEntry[] {
    const low = this.#firstAtOrAfter(from);
    const entries: HistoryEntry[] = [];
    for (let i = this.#firstAfter(to) - 1; i >= low; i--) {
      const entry = this.#entries[i];
      if (entry && shown(entry)) entries.push({ ...entry });
    }
    return entries;
  }

  #firstAtOrAfter(date: number): number {
    return this.#search((entry) => entry.transactionDate >= date);
  }

  #firstAfter(date: number): number {
    return this.#search((entry) => entry.transactionDate > date);
  }

  /** Index of the first entry for which `isPast` holds; `isPast` must be false then true along the array. */
  #search(isPast: (entry: HistoryEntry) => boolean): number {
    let low = 0;
    let high = this.#entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const entry = this.#entries[middle];
      if (entry && isPast(entry)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
