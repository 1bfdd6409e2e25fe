// Public data types of the training simulator: its fixtures, its state as tests see it, and its faults.

/** A coupon as the API shows it; `expireDate` is the last millisecond at which it is valid. */
export interface Coupon {
  id: number;
  title: string;
  expireDate: number;
}

/** One balance history entry; `amount` is in signed minor units (write-offs are negative). */
export interface HistoryEntry {
  amount: number;
  currency: string;
  transactionDate: number;
  transactionId: string;
}

/** One client of a fixture set. Amounts are minor units. */
export interface SimClient {
  id: number;
  email: string | null;
  phone: string | null;
  name: string | null;
  /** Available amount per currency; its keys are the currencies the client can write off, in answer order. */
  balance: Record<string, number>;
  coupons: Coupon[];
  /** Any date order; entries with equal dates are taken oldest-first. */
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
