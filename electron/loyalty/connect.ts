// Builds the loyalty client for the terminal's settings: the real API in live mode, the in-process simulator in training mode.
import type { AuthConfig } from './auth';
import { createLoyaltyClient, type LoyaltyClient } from './client';
import { currentSystemProxy, type NetworkSettings } from './network';
import type { FetchLike } from './transport';

/** A host that can never resolve: in training mode nothing leaves the machine even if the simulator were bypassed. */
export const TRAINING_BASE_URL = 'http://training.loyalty-desk.invalid';

export function connectLoyaltyClient(
  { connection, auth, network }: ConnectionState,
  trainingFetch: FetchLike,
): LoyaltyClient {
  if (connection.mode === 'training') {
    return createLoyaltyClient({
      baseUrl: TRAINING_BASE_URL,
      auth: { scheme: 'none' },
      timeoutMs: connection.timeoutMs,
      fetch: trainingFetch,
    });
  }
  return createLoyaltyClient({ baseUrl: connection.baseUrl, auth, timeoutMs: connection.timeoutMs, network });
}

/** Where the loyalty API is and how long to wait for it; training mode talks to the in-process simulator instead. */
export interface ConnectionSettings {
  mode: 'training' | 'live';
  baseUrl: string;
  timeoutMs: number;
}

export interface ConnectionState {
  connection: ConnectionSettings;
  auth: AuthConfig;
  network: NetworkSettings;
}

/** One client per distinct settings, so its keep-alive pool is reused across calls yet a settings change takes effect at once. */
export function loyaltyClientProvider(current: () => ConnectionState, trainingFetch: FetchLike): () => LoyaltyClient {
  let cached: { key: string; client: LoyaltyClient } | undefined;
  return () => {
    const state = current();
    // The OS proxy settings may change under a running app; a new answer makes a new client, as a settings change does.
    const key = JSON.stringify([state.connection, state.auth, state.network, currentSystemProxy()]);
    if (cached?.key !== key) cached = { key, client: connectLoyaltyClient(state, trainingFetch) };
    return cached.client;
  };
}
