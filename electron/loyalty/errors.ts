// The typed failures of the loyalty API client: what went wrong, never how (no URL, header or secret in them).

export type LoyaltyErrorKind =
  /** No connection could be made (refused, name not resolved): provably nothing reached the server. */
  | 'unreachable'
  /** The connection broke after it was made (reset, truncated body). */
  | 'network'
  /**
   * The server's certificate is not trusted (unknown or private authority, expired, another name). The handshake failed,
   * so no request was sent. Usually the store's own authority (or its TLS-inspecting proxy's) is missing in the settings.
   */
  | 'certificate'
  | 'timeout'
  | 'unauthorized'
  | 'not-found'
  /** Any other non-2xx answer; `status` and the server's own message say which. */
  | 'http'
  /** A 2xx answer whose body is not what the API documents. */
  | 'malformed'
  | 'too-large';

export class LoyaltyError extends Error {
  override readonly name = 'LoyaltyError';

  constructor(
    readonly kind: LoyaltyErrorKind,
    message: string,
    readonly status?: number,
    /** The server's own words (NOTES.md §2), safe to show to a cashier. */
    readonly serverMessage?: string,
  ) {
    super(message);
  }
}

/** System error codes that prove the request never left this machine. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** OpenSSL's verification failures as Node reports them, and Node's own for a certificate of another name. */
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Maps whatever fetch threw to a LoyaltyError, looking through the `cause` chain undici uses. */
export function classifyFetchFailure(error: unknown): LoyaltyError {
  if (error instanceof LoyaltyError) return error;
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current instanceof LoyaltyError) return current;
    if (current.name === 'TimeoutError')
      return new LoyaltyError('timeout', 'The loyalty server did not answer in time');
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_CONNECTED_CODES.has(code)) {
      return new LoyaltyError('unreachable', 'The loyalty server could not be reached');
    }
    if (typeof code === 'string' && CERTIFICATE_CODES.has(code)) {
      return new LoyaltyError('certificate', `The loyalty server's certificate is not trusted (${code})`);
    }
  }
  return new LoyaltyError('network', 'The connection to the loyalty server broke');
}
