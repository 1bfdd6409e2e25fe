// Builds the loyalty client for the terminal's settings: the real API in live mode, the in-process simulator in training mode.
import type { ConnectionSettings } from '../settings/connection';
import type { AuthConfig } from './auth';
import { createLoyaltyClient, type LoyaltyClient } from './client';
import type { FetchLike } from './transport';

/** A host that can never resolve: in training mode nothing leaves the machine even if the simulator were bypassed. */
export const TRAINING_BASE_URL = 'http://training.loyalty-desk.invalid';

export function connectLoyaltyClient(connection: ConnectionSettings, auth: AuthConfig, trainingFetch: FetchLike): LoyaltyClient {
  if (connection.mode === 'training') {
    return createLoyaltyClient({ baseUrl: TRAINING_BASE_URL, auth: { scheme: 'none' }, timeoutMs: connection.timeoutMs, fetch: trainingFetch });
  }
  return createLoyaltyClient({ baseUrl: connection.baseUrl, auth, timeoutMs: connection.timeoutMs });
}

export interface ConnectionState {
  connection: ConnectionSettings;
  auth: AuthConfig;
}

/** One client per distinct settings, so its keep-alive pool is reused across calls yet a settings change takes effect at once. */
export function loyaltyClientProvider(current: () => ConnectionState, trainingFetch: FetchLike): () => LoyaltyClient {
  let cached: { key: string; client: LoyaltyClient } | undefined;
  return () => {
    const { connection, auth } = current();
    const key = JSON.stringify([connection, auth]);
    if (cached?.key !== key) cached = { key, client: connectLoyaltyClient(connection, auth, trainingFetch) };
    return cached.client;
  };
}
