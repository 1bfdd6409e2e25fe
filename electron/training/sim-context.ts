// The simulator's shared state and settings, as every part of it (exchange, endpoints, write-offs) sees them, and how
// they start from the options.

import { checkBehaviours, type ProviderBehaviours, type RecordShape } from './behaviours';
import { createDemoData, DEMO } from './demo-data';
import { FaultQueue } from './faults';
import { createRandom, type Random } from './prng';
import { realScheduler, type Scheduler } from './scheduler';
import { SimStore } from './store';
import type { AuthConfig, RouteName, SimData } from './types';
import type { WriteOffRequest } from './write-off';

/** What really became of one write-off POST: the truth the fault run judges the app's outcomes against. */
export interface WriteOffFate {
  clientId: number;
  request: WriteOffRequest;
  /** True time (not the server's skewed clock) it arrived and, if ever, was applied. */
  arrivedAt: number;
  appliedAt: number | null;
  /** Coupons taken although the write-off was refused. */
  couponsTakenOnRefusal: number[];
  shape: RecordShape;
}

/** `latencyMs`, `writeOffPosts`, `requests` and `behaviours` change while it runs. */
export interface SimContext {
  readonly store: SimStore;
  readonly faults: FaultQueue;
  readonly scheduler: Scheduler;
  /** The server's own clock: true time plus the behaviours' offset. */
  readonly serverNow: () => number;
  readonly random: Random;
  readonly fates: WriteOffFate[];
  readonly auth: AuthConfig | undefined;
  /** '' or a path like '/loyalty', without a trailing slash. */
  readonly basePath: string;
  behaviours: ProviderBehaviours;
  latencyMs: number;
  writeOffPosts: number;
  /** Requests received per endpoint, counted on arrival (what a client's habits cost the server). */
  requests: Record<RouteName, number>;
}

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

export function createSimContext(options: SimulatorOptions = {}): SimContext {
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
  return context;
}

/** "" for the root, otherwise one leading slash and no trailing one: "loyalty/" -> "/loyalty". */
function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}
