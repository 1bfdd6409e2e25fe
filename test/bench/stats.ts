// Summary statistics of a benchmark's samples: median and 95th percentile, by the nearest-rank method.

export interface Summary {
  runs: number;
  median: number;
  p95: number;
}

export function summarize(samples: number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]!;
  return { runs: sorted.length, median: rank(0.5), p95: rank(0.95) };
}

/** Runs `measure` `runs` times after `warmup` unmeasured runs, one after another, and collects what it returns. */
export async function sample(runs: number, measure: (index: number) => Promise<number>, warmup = 3): Promise<number[]> {
  for (let index = 0; index < warmup; index += 1) await measure(-1 - index);
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) samples.push(await measure(index));
  return samples;
}

/**
 * Runs the app's measurement and its baseline's in turn, `runs` times each after `warmup` unmeasured rounds, so that
 * whatever else the machine is doing weighs on both alike.
 */
export async function samplePaired(
  runs: number,
  app: (index: number) => Promise<number>,
  baseline: (index: number) => Promise<number>,
  warmup = 3,
): Promise<{ app: number[]; baseline: number[] }> {
  const baselineSamples: number[] = [];
  const appSamples = await sample(
    runs,
    async (index) => {
      const value = await app(index);
      const floor = await baseline(index);
      if (index >= 0) baselineSamples.push(floor);
      return value;
    },
    warmup,
  );
  return { app: appSamples, baseline: baselineSamples };
}
