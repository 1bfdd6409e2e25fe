// A benchmark's figures: what was measured against which baseline, the ratio, the target and whether it was met; and the table.
import type { Summary } from './stats';

export type Unit = 'ms' | 'bytes' | 'KB' | 'MB' | 'count';

export interface Figure {
  /** Which of the bench's parts (1 to 6) it belongs to. */
  part: number;
  name: string;
  unit: Unit;
  app: Summary | number;
  baselineName?: string;
  baseline?: Summary | number;
  /** The app's median over the baseline's. */
  ratio?: number;
  target?: { text: string; met: boolean };
  note?: string;
}

export const median = (value: Summary | number) => (typeof value === 'number' ? value : value.median);

/** Adds the ratio of medians when there is a baseline. */
export function figure(spec: Omit<Figure, 'ratio'>): Figure {
  const ratio = spec.baseline === undefined ? undefined : median(spec.app) / median(spec.baseline);
  return { ...spec, ratio };
}

/** A figure judged by its ratio to the baseline: met when the ratio of medians is at most `most`. */
export function ratioFigure(spec: Omit<Figure, 'ratio' | 'target'>, most: number): Figure {
  const result = figure(spec);
  result.target = { text: `ratio ≤ ${most.toFixed(2)}`, met: result.ratio! <= most };
  return result;
}

function show(value: Summary | number | undefined, unit: Unit): string {
  if (value === undefined) return '';
  const one = (x: number) =>
    unit === 'ms'
      ? x.toFixed(1)
      : unit === 'count' || unit === 'bytes'
        ? x.toLocaleString('en-US', { maximumFractionDigits: unit === 'count' ? 2 : 0 })
        : x.toFixed(1);
  const suffix = unit === 'count' ? '' : ` ${unit}`;
  return typeof value === 'number'
    ? `${one(value)}${suffix}`
    : `${one(value.median)} / ${one(value.p95)}${suffix} (n=${value.runs})`;
}

/** A Markdown table (it also reads well in a terminal): medians / p95 with the number of runs. */
export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    String(f.part),
    f.name,
    show(f.app, f.unit),
    f.baselineName ? `${f.baselineName}: ${show(f.baseline, f.unit)}` : '',
    f.ratio === undefined ? '' : f.ratio.toFixed(2),
    f.target ? `${f.target.text}: ${f.target.met ? 'met' : 'NOT met'}` : '',
  ]);
  const head = ['#', 'figure', 'app (median / p95)', 'baseline (median / p95)', 'ratio', 'target'];
  const lines = [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}
