// How far a journal record read back can be believed: plain types, so code the window's build also reads can name them.

/**
 * `verified` (sealed by the current key where it stands) and `before-signing` (a CRC-only line in a file older than
 * the first sealed one: written by the app before lines were sealed) are the log's own; `earlier-key` and
 * `not-verified` lines may have been written by anyone.
 */
export type LineTrust = 'verified' | 'before-signing' | 'earlier-key' | 'not-verified';

/** A record read back, with how far it can be believed. */
export interface ReadRecord<R> {
  record: R;
  trust: LineTrust;
}
