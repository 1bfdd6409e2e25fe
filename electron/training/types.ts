// Public data types of the training simulator: its fixtures and its faults. Clients, coupons and history entries are
// the domain's own types (common/domain.ts): the simulator serves the same things the app reads.
import type { Client, Coupon, HistoryEntry } from '../../common/domain';

/** One client of a fixture set: the client as the API lists it, and its account. Amounts are minor units. */
export interface SimClient extends Client {
  /** Available amount per currency; its keys are the currencies the client can write off, in answer order. */
  balance: Record<string, number>;
  coupons: Coupon[];
  /** Any date order; entries with equal dates are taken oldest-first. Amounts are signed: write-offs are negative. */
  history: HistoryEntry[];
}

/** A whole fixture set: the demo data, `generateClients` output, or a test's own. */
export interface SimData {
  clients: SimClient[];
}

/** The credential every request must carry, when the simulator is told to require one. */
export type AuthConfig =
  | { scheme: 'bearer'; token: string }
  | { scheme: 'basic'; login: string; password: string }
  | { scheme: 'apiKey'; header: string; key: string };

/** What reading untrusted input gives: the value, or the Russian message explaining the refusal. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The five endpoints, by the names faults use to target them. */
export type RouteName = 'clients' | 'balance' | 'coupons' | 'history' | 'write-off';

interface FaultScope {
  /** Only requests to this endpoint trigger the fault; without it, any request does. */
  match?: RouteName;
  /** How many requests the fault applies to (default 1; `Infinity` for all of them). */
  times?: number;
}

/**
 * A misbehaviour for the next matching request(s).
 * "Before" faults (latency, status, reset-before-apply) act before the request is handled.
 * All other kinds let the request be handled for real — a write-off is applied if it is
 * valid, refused if not — and then spoil the answer.
 */
export type Fault = FaultScope &
  (
    | { kind: 'latency'; ms: number }
    | { kind: 'status'; status: number; body?: string | Record<string, unknown>; contentType?: string }
    | { kind: 'reset-before-apply' }
    | { kind: 'reset-after-apply' }
    | { kind: 'error-after-apply'; status?: number }
    | { kind: 'hang-after-apply' }
    | { kind: 'malformed'; body: string }
    | { kind: 'truncated' }
    | { kind: 'never-ending' }
  );
