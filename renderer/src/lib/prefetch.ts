// How old prefetched data may be when it is shown: read ahead to save the cashier a wait, never to show yesterday's balance.

/** Data asked for ahead of time is used only this soon after it was asked for; later it is read again. */
export const PREFETCH_FRESH_MS = 5_000;

export const isFresh = (askedAt: number, now: number = Date.now()) => now - askedAt <= PREFETCH_FRESH_MS;
