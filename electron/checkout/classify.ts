// What a failed write-off POST means for the customer's balance (NOTES.md §3): refused, never sent, or unknown.
import type { InDoubtCause } from '../../common/contract';
import { LoyaltyError } from '../loyalty/errors';

export type WriteOffFailure =
  /** The server answered 4xx: nothing was written off. */
  | { kind: 'refused'; message: string }
  /** Provably never reached the server: nothing was written off, and it is safe to try again. */
  | { kind: 'not-sent'; message: string }
  /** It may or may not have been applied; only reading back can tell. */
  | { kind: 'in-doubt'; message: string; cause: InDoubtCause };

export function classifyWriteOffFailure(error: unknown): WriteOffFailure {
  if (!(error instanceof LoyaltyError))
    return { kind: 'in-doubt', message: 'The write-off failed in an unexpected way', cause: 'unexpected' };
  // A refused certificate fails the TLS handshake, and the request is written only after it: provably not sent either.
  if (error.kind === 'unreachable' || error.kind === 'certificate') return { kind: 'not-sent', message: error.message };
  if (error.status !== undefined && error.status >= 400 && error.status < 500) {
    return { kind: 'refused', message: error.serverMessage ?? error.message };
  }
  // A timeout, a broken connection, a 5xx: the server may have applied it before things went wrong.
  return { kind: 'in-doubt', message: error.message, cause: IN_DOUBT_CAUSES[error.kind] };
}

/** Each way a POST can end without a known outcome, told as what it was: a 5xx did answer, it did not time out. */
const IN_DOUBT_CAUSES: Record<LoyaltyError['kind'], InDoubtCause> = {
  timeout: 'timeout',
  network: 'connection-lost',
  unreachable: 'connection-lost',
  http: 'server-error',
  unauthorized: 'server-error',
  'not-found': 'server-error',
  malformed: 'bad-answer',
  'too-large': 'bad-answer',
  // Never reached: a refused certificate is classified "not sent" above; the record must name every kind.
  certificate: 'connection-lost',
};
