// The built-in loyalty API simulator: training mode's server (in-process fetch) and the tests' server (loopback, with faults).

import { createDemoData, DEMO } from './demo-data';
import type { ExchangeContext } from './exchange';
import { checkDelay, FaultQueue } from './faults';
import { listenOnLoopback, type Listening } from './http-server';
import { createInProcessFetch } from './in-process-fetch';
import { SimStore, type ClientRecord } from './store';
import type { AuthConfig, Coupon, Fault, HistoryEntry, SimData } from './types';

export interface SimulatorOptions {
  /** Seed of the demo data (default DEMO.seed); ignored when `data` is given. */
  seed?: number;
  /** The clock for coupon expiry, history dates and the demo data's dates (default Date.now). */
  now?: () => number;
  /** A credential every request must carry; without it, none is checked. */
  auth?: AuthConfig;
  /** Fixtures instead of the demo data, e.g. `generateClients(100_000)`. Copied, never changed. */
  data?: SimData;
  /** Path the API lives under, e.g. "/loyalty" (default: the root). */
  basePath?: string;
}

export interface Simulator {
  /** Fetch-style handler used in training mode in-process (no port opened). Signature compatible with global fetch. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Listens on 127.0.0.1 on a random free port (real sockets, so socket faults are real). */
  listen(): Promise<Listening>;
  /** Write-off POSTs received, counted on arrival, whatever then became of them. */
  readonly writeOffPosts: number;
  /** Delay before every request is handled, on top of any latency fault. */
  setLatency(ms: number): void;
  /** Queues a fault for the next matching request(s). */
  injectFault(fault: Fault): void;
  clearFaults(): void;
  /** Current balance in minor units by currency. These three throw for an unknown client. */
  balance(clientId: number): Record<string, number>;
  coupons(clientId: number): Coupon[];
  /** All history, newest first, amounts in minor units. */
  history(clientId: number): HistoryEntry[];
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const now = options.now ?? Date.now;
  const context: ExchangeContext = {
    store: new SimStore(options.data ?? createDemoData(options.seed ?? DEMO.seed, now())),
    faults: new FaultQueue(),
    now,
    auth: options.auth,
    basePath: normaliseBasePath(options.basePath ?? ''),
    latencyMs: 0,
    writeOffPosts: 0,
  };
  const clientOf = (id: number): ClientRecord => {
    const client = context.store.client(id);
    if (!client) throw new RangeError(`the simulator has no client ${id}`);
    return client;
  };
  return {
    fetch: createInProcessFetch(context),
    listen: () => listenOnLoopback(context),
    get writeOffPosts() {
      return context.writeOffPosts;
    },
    setLatency(ms) {
      checkDelay(ms);
      context.latencyMs = ms;
    },
    injectFault: (fault) => context.faults.add(fault),
    clearFaults: () => context.faults.clear(),
    balance: (id) => Object.fromEntries(clientOf(id).balance),
    coupons: (id) => clientOf(id).coupons.map((coupon) => ({ ...coupon })),
    history: (id) => clientOf(id).history.page({}),
  };
}

/** "" for the root, otherwise one leading slash and no trailing one: "loyalty/" -> "/loyalty". */
function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}
