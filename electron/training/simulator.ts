// The built-in loyalty API simulator: training mode's server (in-process fetch) and the tests' server (loopback, with faults).

import { checkBehaviours, type ProviderBehaviours } from './behaviours';
import { createDemoData, DEMO } from './demo-data';
import { checkDelay, FaultQueue } from './faults';
import { listenOnLoopback, type Listening } from './http-server';
import { createInProcessFetch } from './in-process-fetch';
import { createRandom } from './prng';
import { realScheduler, type Scheduler } from './scheduler';
import type { SimContext } from './sim-context';
import { SimStore, type ClientRecord } from './store';
import type { WriteOffFate } from './take-write-off';
import type { AuthConfig, Coupon, Fault, HistoryEntry, RouteName, SimData } from './types';

export interface SimulatorOptions {
  /** Seed of the demo data (default DEMO.seed); ignored when `data` is given. */
  seed?: number;
  /** The clock for coupon expiry, history dates and the demo data's dates (default Date.now); ignored when `scheduler` is given. */
  now?: () => number;
  /** The clock and timers of late write-offs and latency; tests hand in a virtual one so nothing waits for real. */
  scheduler?: Scheduler;
  /** Real providers' habits to imitate (all off by default). */
  behaviours?: ProviderBehaviours;
  /** Seed of the draws the behaviours make (delays, shapes, chances). */
  behaviourSeed?: number;
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
  /** Requests received so far per endpoint, counted on arrival; a copy. */
  requests(): Record<RouteName, number>;
  /** Delay before every request is handled, on top of any latency fault. */
  setLatency(ms: number): void;
  /** Queues a fault for the next matching request(s). */
  injectFault(fault: Fault): void;
  clearFaults(): void;
  /** Current balance in minor units by currency. These three throw for an unknown client. */
  balance(clientId: number): Record<string, number>;
  coupons(clientId: number): Coupon[];
  /** All history, newest first, amounts in minor units (lagging entries included: this is the truth, not the API). */
  history(clientId: number): HistoryEntry[];
  /** Switches habits on or off while it runs (training demonstrations, tests). */
  setBehaviours(behaviours: ProviderBehaviours): void;
  /** What truly became of every write-off POST that could be read, in arrival order. */
  fates(): readonly WriteOffFate[];
  /** An accrual (a purchase elsewhere, a bonus) on the client's account, now. */
  accrue(clientId: number, currency: string, amount: number): void;
  /** Another till or the web cabinet writes off from the client's account, now (nothing if the balance is short). */
  writeOffElsewhere(clientId: number, currency: string, amount: number): boolean;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const scheduler = options.scheduler ?? realScheduler(options.now);
  const behaviours = options.behaviours ?? {};
  checkBehaviours(behaviours);
  const context: SimContext = {
    store: new SimStore(options.data ?? createDemoData(options.seed ?? DEMO.seed, scheduler.now())),
    faults: new FaultQueue(),
    scheduler,
    serverNow: () => scheduler.now() + (context.behaviours.clockOffsetMs ?? 0),
    random: createRandom(options.behaviourSeed ?? 1),
    fates: [],
    auth: options.auth,
    basePath: normaliseBasePath(options.basePath ?? ''),
    behaviours,
    latencyMs: 0,
    writeOffPosts: 0,
    requests: { clients: 0, balance: 0, coupons: 0, history: 0, 'write-off': 0 },
  };
  /** An entry made outside any request, shown as late as the behaviours say. */
  const recordNow = (client: ClientRecord, currency: string, amount: number) => {
    const now = context.serverNow();
    const lag = context.behaviours.historyLag;
    context.store.record(client, currency, amount, now, now + (lag ? context.random.int(lag.minMs, lag.maxMs) : 0));
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
    requests: () => ({ ...context.requests }),
    setLatency(ms) {
      checkDelay(ms);
      context.latencyMs = ms;
    },
    injectFault: (fault) => context.faults.add(fault),
    clearFaults: () => context.faults.clear(),
    balance: (id) => Object.fromEntries(clientOf(id).balance),
    coupons: (id) => clientOf(id).coupons.map((coupon) => ({ ...coupon })),
    history: (id) => clientOf(id).history.page({}),
    setBehaviours(next) {
      checkBehaviours(next);
      context.behaviours = next;
    },
    fates: () => context.fates.map((fate) => ({ ...fate })),
    accrue: (id, currency, amount) => recordNow(clientOf(id), currency, amount),
    writeOffElsewhere(id, currency, amount) {
      const client = clientOf(id);
      if ((client.balance.get(currency) ?? 0) < amount) return false;
      recordNow(client, currency, -amount);
      return true;
    },
  };
}

/** "" for the root, otherwise one leading slash and no trailing one: "loyalty/" -> "/loyalty". */
function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}
