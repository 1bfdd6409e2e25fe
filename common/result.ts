// What every call across the bridge resolves to: a value, or an error from a closed set of codes; never a thrown exception.

export const ERROR_CODES = [
  /** The loyalty server could not be reached or the connection broke. */
  'network',
  'timeout',
  /** The server refused the configured credentials. */
  'unauthorized',
  'not-found',
  /** The server answered with an error status; the message is its own words. */
  'server',
  /** The server's answer does not match the API (or is too large to be one). */
  'bad-answer',
  /** The server refused the write-off: nothing was written off. */
  'rejected',
  /** The write-off may or may not have been applied. */
  'in-doubt',
  /** Another write-off for this client is still being sent or settled. */
  'busy',
  /** The terminal's journal of write-offs cannot be written, so no write-off is sent (look-ups still work). */
  'journal-unavailable',
  /** The server's clock and the terminal's differ by more than a few minutes: write-offs are refused until fixed. */
  'clock-skew',
  'invalid-input',
  /** The call came from a frame that is not the app's own page. */
  'forbidden',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface PosError {
  code: ErrorCode;
  message: string;
}

export type PosResult<T> = { ok: true; value: T } | { ok: false; error: PosError };

export function ok<T>(value: T): PosResult<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): PosResult<never> {
  return { ok: false, error: { code, message } };
}
