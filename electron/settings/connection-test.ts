// "Test connection": one harmless real request with the settings as entered, and what its answer says about them.
import type { AuthConfig } from '../loyalty/auth';
import { createLoyaltyClient } from '../loyalty/client';
import { LoyaltyError, type LoyaltyErrorKind } from '../loyalty/errors';
import type { NetworkContext, NetworkSettings } from '../loyalty/network';
import type { ConnectionTestOutcome, ConnectionTestResult } from '../../common/settings';

/** Twenty zeros: longer than any phone number can be (E.164 allows 15 digits), so the search finds no one and reveals nothing. */
export const PROBE_PHONE = '0'.repeat(20);

export interface ConnectionProbe {
  baseUrl: string;
  auth: AuthConfig;
  timeoutMs: number;
  /** The proxy and extra certificate authorities to try with. */
  network?: NetworkSettings;
  /** The environment and OS store to read them against (tests); the process's own by default. */
  networkContext?: NetworkContext;
  /** The clock the time taken is measured with. */
  now?: () => number;
}

export async function testConnection({
  now = () => performance.now(),
  ...target
}: ConnectionProbe): Promise<ConnectionTestResult> {
  const client = createLoyaltyClient(target);
  const started = now();
  const outcome = await client.searchClients({ phone: PROBE_PHONE }).then(
    (): ConnectionTestOutcome => 'works',
    (error: unknown) => {
      if (!(error instanceof LoyaltyError)) throw error;
      return outcomeOf(error);
    },
  );
  return { outcome, elapsedMs: Math.round(now() - started) };
}

const OUTCOMES = {
  unauthorized: 'wrong-credentials',
  unreachable: 'unreachable',
  network: 'unreachable',
  certificate: 'untrusted-certificate',
  timeout: 'timeout',
  // The clients path is the API's own: a 404 there, a page that is not JSON, or an answer of the wrong shape is another server.
  'not-found': 'not-this-api',
  malformed: 'not-this-api',
  'too-large': 'not-this-api',
  http: 'server-error',
} as const satisfies Record<LoyaltyErrorKind, ConnectionTestOutcome>;

function outcomeOf(error: LoyaltyError): ConnectionTestOutcome {
  if (error.kind === 'http' && error.status !== undefined && error.status < 500) return 'not-this-api';
  return OUTCOMES[error.kind];
}
