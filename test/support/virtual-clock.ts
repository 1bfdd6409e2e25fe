// A clock the test drives: timers fire in time order only when time is moved on, so minutes of settling take no real time.
import { delay } from '../../electron/training/delay';
import type { Scheduler } from '../../electron/training/scheduler';

interface Timer {
  at: number;
  seq: number;
  task: () => void;
  live: boolean;
}

/** Real turns of the event loop given to promises and I/O before the next timer fires. */
const SETTLE_TURNS = 4;

export interface VirtualClockOptions {
  /**
   * Hold time still while real file-system requests are under way (default). Off, time may move on under a slow disk
   * (an order real terminals see too): the fault run lets many terminals' journals write at once that way.
   */
  waitForIo?: boolean;
}

export class VirtualClock implements Scheduler {
  #now: number;
  #seq = 0;
  readonly #heap: Timer[] = [];
  readonly #waitForIo: boolean;

  constructor(start: number, options: VirtualClockOptions = {}) {
    this.#now = start;
    this.#waitForIo = options.waitForIo ?? true;
  }

  readonly now = (): number => this.#now;

  after(ms: number, task: () => void): () => void {
    const timer: Timer = { at: this.#now + Math.max(0, ms), seq: this.#seq++, task, live: true };
    this.#push(timer);
    return () => void (timer.live = false);
  }

  /** For SettleTiming.sleep: waits on this clock, rejecting with the signal's reason once it aborts. */
  readonly sleep = (ms: number, signal: AbortSignal): Promise<void> => delay(this, ms, signal);

  /** For the loyalty client's deadline: aborts with a TimeoutError once `ms` have passed on this clock, unless done first. */
  readonly timeoutSignal = (ms: number): { signal: AbortSignal; done(): void } => {
    const controller = new AbortController();
    const done = this.after(ms, () =>
      controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    );
    return { signal: controller.signal, done };
  };

  /** Fires every timer due within the next `ms`, in order, letting promises and I/O settle between them. */
  async advance(ms: number): Promise<void> {
    const until = this.#now + ms;
    for (;;) {
      await this.#settle();
      const next = this.#peek();
      if (!next || next.at > until) break;
      this.#fire();
    }
    this.#now = until;
    await this.#settle();
  }

  /** Moves time on from timer to timer until `work` settles; fails after `realLimitMs` of real time. */
  async runUntil<T>(work: Promise<T>, realLimitMs = 120_000): Promise<T> {
    let done = false;
    const watched = work.finally(() => (done = true));
    const started = Date.now();
    while (!done) {
      await this.#settle();
      if (done) break;
      if (Date.now() - started > realLimitMs)
        throw new Error(`virtual clock: work not done after ${realLimitMs} ms of real time`);
      // Nothing due and still not done: something real is under way; give it a real moment.
      if (!this.#fire()) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return watched;
  }

  #settle(): Promise<void> {
    return settle(() => this.#seq, this.#waitForIo);
  }

  #fire(): boolean {
    const timer = this.#pop();
    if (!timer) return false;
    this.#now = Math.max(this.#now, timer.at);
    timer.task();
    return true;
  }

  /** The earliest live timer, left in place (cancelled ones before it are dropped). */
  #peek(): Timer | undefined {
    while (this.#heap[0] && !this.#heap[0].live) this.#removeTop();
    return this.#heap[0];
  }

  #pop(): Timer | undefined {
    const top = this.#peek();
    if (top) this.#removeTop();
    return top;
  }

  #removeTop(): void {
    const last = this.#heap.pop();
    if (last && this.#heap.length > 0) {
      this.#heap[0] = last;
      this.#down(0);
    }
  }

  #push(timer: Timer): void {
    const heap = this.#heap;
    heap.push(timer);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!earlier(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  #down(start: number): void {
    const heap = this.#heap;
    for (let i = start; ;) {
      let smallest = i;
      for (const child of [2 * i + 1, 2 * i + 2])
        if (child < heap.length && earlier(heap[child]!, heap[smallest]!)) smallest = child;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}

function earlier(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

const immediate = () => new Promise((resolve) => setImmediate(resolve));

/** Real file-system requests under way (the journal's appends): time must not move on under them. */
function ioUnderWay(): boolean {
  return process.getActiveResourcesInfo().some((resource) => resource.endsWith('Req') || resource.startsWith('FSReq'));
}

/**
 * Lets promises run and real I/O finish, so a timer fires only once everything that could happen before it has: quiet
 * means no file-system request under way and no new timer set (every request sets its deadline) for a few turns.
 */
async function settle(timersSet: () => number, waitForIo: boolean): Promise<void> {
  let seen = timersSet();
  for (let quiet = 0, turns = 0; quiet < SETTLE_TURNS && turns < 100_000; turns++) {
    if (waitForIo && ioUnderWay()) {
      quiet = 0;
      await new Promise((resolve) => setTimeout(resolve, 0));
      continue;
    }
    await immediate();
    const now = timersSet();
    quiet = now === seen ? quiet + 1 : 0;
    seen = now;
  }
}
