// The simulator's shared state and settings, as every part of it (exchange, endpoints, write-offs) sees them.

import type { ProviderBehaviours } from './behaviours';
import type { FaultQueue } from './faults';
import type { Random } from './prng';
import type { Scheduler } from './scheduler';
import type { SimStore } from './store';
import type { WriteOffFate } from './take-write-off';
import type { AuthConfig, RouteName } from './types';

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
