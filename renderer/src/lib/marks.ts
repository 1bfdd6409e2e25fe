// Named performance marks where a cashier's wait starts and where its answer is on screen, read by `npm run bench`.

export const MARKS = {
  /** Enter (or the search button) in the search field. */
  searchSubmitted: 'search:submitted',
  /** The search screen is shown with its field focused, ready for the first digit. */
  searchReady: 'search:ready',
  /** Rows of several matches are on screen. */
  matchesPainted: 'matches:painted',
  /** The card shows the customer's balances and coupons. */
  cardPainted: 'card:painted',
  /** A page of history is asked for. */
  historyRequested: 'history:requested',
  historyPainted: 'history:painted',
  /** The cashier confirmed a write-off. */
  writeOffConfirmed: 'write-off:confirmed',
  writeOffPainted: 'write-off:painted',
} as const;

export type MarkName = (typeof MARKS)[keyof typeof MARKS];

/** Replaces the previous mark of this name, so a shift of lookups keeps one entry per name rather than thousands. */
export function mark(name: MarkName): void {
  performance.clearMarks(name);
  performance.mark(name);
}

/** Marks at the next animation frame: what was just rendered is laid out and about to be painted. */
export function markPainted(name: MarkName): void {
  requestAnimationFrame(() => mark(name));
}
