// A scripted settlement around the real write-off desk, for what reading back rarely produces on demand (a case for a
// manager) and for counting how often the window asks: the real desk sends, and each question about a write-off in doubt
// hears the next step of the script.
import type { WriteOffDesk } from '../../electron/checkout/write-off';
import type { WriteOffReport } from '../../common/contract';

export type SettlementScript = Pick<WriteOffReport, 'state' | 'step' | 'reviewNote'>[];

/** The usual course: read back, wait, read again, then the given end; the end repeats once reached. */
export function settleAs(end: Pick<WriteOffReport, 'state' | 'reviewNote'>): SettlementScript {
  return [
    { state: 'in-doubt', step: 'reading-back', reviewNote: null },
    { state: 'in-doubt', step: 'waiting-to-read-again', reviewNote: null },
    { state: 'in-doubt', step: 'reading-again', reviewNote: null },
    { ...end, step: null },
  ];
}

export interface SettlingWriteOffs {
  /** For DeskOptions.writeOffs. */
  wrap: (real: WriteOffDesk) => WriteOffDesk;
  /** How many times the window has asked about a write-off. */
  readonly asked: number;
}

export function settlingWriteOffs(script: SettlementScript): SettlingWriteOffs {
  let asked = 0;
  return {
    get asked() {
      return asked;
    },
    wrap(real) {
      const progress = new Map<string, number>();
      return {
        ...real,
        async report(journalId) {
          asked += 1;
          const report = await real.report(journalId);
          // Whatever the real desk concluded, a write-off that was in doubt follows the script.
          if (report.state === 'applied') return report;
          const index = progress.get(journalId) ?? 0;
          progress.set(journalId, Math.min(index + 1, script.length - 1));
          return { ...report, ...script[index] };
        },
      };
    },
  };
}
