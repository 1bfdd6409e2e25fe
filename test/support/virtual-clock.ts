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

export class VirtualClock implements Scheduler {
  #now: number;
  #seq = 0;
  readonly #heap: Timer[] = [];

  constructor(start: number) {
    this.#now = start;
  }

  readonly now = (): number => this.#now;

  after(ms: number, task: () => void): () => void {
    const timer: Timer = { at: this.#now + Math.max(0, ms), seq: this.#seq++, task, live: true };
    this.#push(timer);
    return () => void (timer.live = false);
  }

  /** For SettleTiming.sleep: waits on this clock, rejecting with the signal's reason once it aborts. */
  readonly sleep = (ms: number, signal: AbortSignal): Promise<void> => delay(this, ms, signal);

  /** For the loyalty client's deadline: aborts with a TimeoutError once `ms` have passed on this clock. */
  readonly timeoutSignal = (ms: number): AbortSignal => {
    const controller = new AbortController();
    this.after(ms, () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')));
    return controller.signal;
  };

  /** Fires every timer due within the next `ms`, in order, letting promises and I/O settle between them. */
  async advance(ms: number): Promise<void> {
    const until = this.#now + ms;
    for (;;) {
      await settle();
      const next = this.#peek();
      if (!next || next.at > until) break;
      this.#fire();
    }
    this.#now = until;
    await settle();
  }

  /** Moves time on from timer to timer until `work` settles; fails after `realLimitMs` of real time. */
  async runUntil<T>(work: Promise<T>, realLimitMs = 120_000): Promise<T> {
    let done = false;
    const watched = work.finally(() => (done = true));
    const started = Date.now();
    while (!done) {
      await settle();
      if (done) break;
      if (Date.now() - started > realLimitMs) throw new Error(`virtual clock: work not done after ${realLimitMs} ms of real time`);
      // Nothing due: real I/O (the journal's disk writes) is still under way; give it a real moment.
      if (!this.#fire()) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return watched;
  }

  #fire(): boolean {
    const timer = this.#pop();
    if (!timer) return false;
    this.#now = Math.max(this.#now, timer.at);
    timer.task();
    return true;
  }

  #peek(): Timer | undefined {
    while (this.#heap[0] && !this.#heap[0].live) this.#pop();
    return this.#heap[0];
  }

  #pop(): Timer | undefined {
    for (;;) {
      const top = this.#heap[0];
      if (!top) return undefined;
      const last = this.#heap.pop()!;
      if (this.#heap.length > 0) {
        this.#heap[0] = last;
        this.#down(0);
      }
      if (top.live) return top;
    }
  }

  #push(timer: Timer): void {
    const heap = this.#heap;
    heap.push(timer);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!earlier(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  #down(start: number): void {
    const heap = this.#heap;
    for (let i = start; ; ) {
      let smallest = i;
      for (const child of [2 * i + 1, 2 * i + 2]) if (child < heap.length && earlier(heap[child]!, heap[smallest]!)) smallest = child;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}

function earlier(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < SETTLE_TURNS; turn++) await new Promise((resolve) => setImmediate(resolve));
}
