// Time as the simulator sees it: a clock and timers, real by default, virtual in tests and the fault run (no real waiting).

export interface Scheduler {
  now(): number;
  /** Runs `task` once `ms` have passed on this clock; the returned function cancels it. */
  after(ms: number, task: () => void): () => void;
}

export function realScheduler(now: () => number = Date.now): Scheduler {
  return {
    now,
    after(ms, task) {
      const timer = setTimeout(task, ms);
      return () => clearTimeout(timer);
    },
  };
}
