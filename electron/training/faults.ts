// The queue of injected faults, and which one the next request triggers.

import type { Fault, RouteName } from './types';

interface QueuedFault {
  fault: Fault;
  remaining: number;
}

export class FaultQueue {
  #queue: QueuedFault[] = [];

  add(fault: Fault): void {
    checkFault(fault);
    this.#queue.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.#queue = [];
  }

  /** The oldest fault aimed at `route` (undefined for an unknown path), used up by one request. */
  take(route: RouteName | undefined): Fault | undefined {
    const queued = this.#queue.find(({ fault }) => fault.match === undefined || fault.match === route);
    if (!queued) return undefined;
    queued.remaining -= 1;
    if (queued.remaining <= 0) this.#queue = this.#queue.filter((other) => other !== queued);
    return queued.fault;
  }
}

/** Rejects a fault that could only fail later in a confusing way (tests pass these by hand). */
function checkFault(fault: Fault): void {
  const times = fault.times ?? 1;
  if (!(times === Infinity || (Number.isInteger(times) && times > 0))) {
    throw new RangeError(`fault times must be a positive integer or Infinity, got ${times}`);
  }
  if (fault.kind === 'latency') checkDelay(fault.ms);
  if (fault.kind === 'status' && !isStatusWithin(fault.status, 200, 599)) {
    throw new RangeError(`fault status must be an HTTP status from 200 to 599, got ${fault.status}`);
  }
  if (fault.kind === 'error-after-apply' && fault.status !== undefined && !isStatusWithin(fault.status, 500, 599)) {
    throw new RangeError(`error-after-apply status must be a 5xx status, got ${fault.status}`);
  }
}

function isStatusWithin(status: number, low: number, high: number): boolean {
  return Number.isInteger(status) && status >= low && status <= high;
}

export function checkDelay(ms: number): void {
  if (!(Number.isFinite(ms) && ms >= 0)) throw new RangeError(`latency must be a finite number of ms >= 0, got ${ms}`);
}
