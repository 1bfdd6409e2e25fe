// One customer's balance history: a page of 50 at a time, newest first, within an optional day range.
import type { PosError } from '../../../common/result';
import type { HistoryPage } from '../../../common/contract';
import { dayRange, type DayProblem, type DayRange } from '../lib/date-range';
import { latestOnly } from '../lib/latest';
import type { PosResult } from '../../../common/result';
import { MARKS, mark } from '../lib/marks';
import { pos } from '../lib/pos';
import { isFresh } from '../lib/prefetch';

export const HISTORY_PAGE_SIZE = 50;

export class HistoryState {
  readonly clientId: number;
  /** The filter's fields as typed (day first, or a pasted ISO date); applied only on request. */
  fromText = $state('');
  toText = $state('');
  range = $state<DayRange>({});
  rangeError = $state<DayProblem | 'reversed' | null>(null);
  page = $state<HistoryPage | null>(null);
  loading = $state(false);
  error = $state<PosError | null>(null);
  filtered = $derived(this.range.from !== undefined || this.range.to !== undefined);
  canGoNewer = $derived((this.page?.offset ?? 0) > 0);
  canGoOlder = $derived(this.page?.hasMore ?? false);

  #requests = latestOnly();
  /** The page last asked for, so a retry after a failed page turn asks for that page again. */
  #requestedOffset = 0;
  /** The next older page, asked for as soon as a page is shown, so PgDn finds it there. */
  #ahead: { offset: number; askedAt: number; answer: Promise<PosResult<HistoryPage>> } | null = null;

  constructor(clientId: number) {
    this.clientId = clientId;
  }

  /** Loads the page starting at `offset` of the applied range; a page turn while one is loading wins over it. */
  async load(offset: number): Promise<void> {
    mark(MARKS.historyRequested);
    const ticket = this.#requests.begin();
    this.#requestedOffset = offset;
    this.loading = true;
    const ahead = this.#ahead?.offset === offset && isFresh(this.#ahead.askedAt) ? this.#ahead.answer : null;
    this.#ahead = null;
    // A page read ahead that failed is asked for again: the failure may be long over by the time PgDn is pressed.
    const result = await (ahead ? ahead.then((answer) => (answer.ok ? answer : this.#ask(offset))) : this.#ask(offset));
    if (!this.#requests.isLatest(ticket)) return;
    this.loading = false;
    if (result.ok) {
      this.page = result.value;
      this.error = null;
      if (result.value.hasMore) {
        const next = offset + HISTORY_PAGE_SIZE;
        this.#ahead = { offset: next, askedAt: Date.now(), answer: this.#ask(next) };
      }
    } else {
      this.error = result.error;
    }
  }

  #ask(offset: number): Promise<PosResult<HistoryPage>> {
    return pos.getHistory({ clientId: this.clientId, ...this.range, offset, limit: HISTORY_PAGE_SIZE });
  }

  retry(): Promise<void> {
    return this.load(this.#requestedOffset);
  }

  newer(): void {
    if (this.canGoNewer) void this.load(Math.max(0, (this.page?.offset ?? 0) - HISTORY_PAGE_SIZE));
  }

  older(): void {
    if (this.canGoOlder) void this.load((this.page?.offset ?? 0) + HISTORY_PAGE_SIZE);
  }

  /** Applies the typed days (inclusive, terminal's time zone) and starts from the newest entry again. */
  applyFilter(): boolean {
    const result = dayRange(this.fromText, this.toText);
    if (!result.ok) {
      this.rangeError = result.error;
      return false;
    }
    this.rangeError = null;
    this.range = result.range;
    void this.load(0);
    return true;
  }

  clearFilter(): void {
    this.fromText = '';
    this.toText = '';
    this.rangeError = null;
    this.range = {};
    void this.load(0);
  }
}
