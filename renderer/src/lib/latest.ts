// Which of several overlapping requests is the newest: an IPC call cannot be aborted, so an older answer is simply ignored.

export interface LatestOnly {
  /** Starts a request; keep the ticket and ask `isLatest` when its answer arrives. */
  begin(): number;
  isLatest(ticket: number): boolean;
  /** Makes every request started so far stale, e.g. when the screen is cleared. */
  invalidate(): void;
}

export function latestOnly(): LatestOnly {
  let sequence = 0;
  return {
    begin: () => ++sequence,
    isLatest: (ticket) => ticket === sequence,
    invalidate: () => {
      sequence += 1;
    },
  };
}
