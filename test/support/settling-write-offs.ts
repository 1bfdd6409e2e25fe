// A stand-in for the main side's settlement of write-offs in doubt (the write-off safety work builds the real one):
// the real desk sends, and each time the window asks about a write-off in doubt it hears the next step of a script.
import { createWriteOffDesk, type WriteOffDesk } from '../../electron/checkout/write-off';
import type { WriteOffReport } from '../../electron/ipc/contract';
import type { LoyaltyClient } from '../../electron/loyalty/client';

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
  create: (client: () => LoyaltyClient) => WriteOffDesk;
  /** How many times the window has asked about a write-off. */
  readonly asked: number;
}

export function settlingWriteOffs(script: SettlementScript): SettlingWriteOffs {
  let asked = 0;
  return {
    get asked() {
      return asked;
    },
    create(client) {
      const real = createWriteOffDesk(client);
      const progress = new Map<string, number>();
      return {
        send: (request) => real.send(request),
        report(journalId) {
          asked += 1;
          const report = real.report(journalId);
          if (report.state !== 'in-doubt') return report;
          const index = progress.get(journalId) ?? 0;
          progress.set(journalId, Math.min(index + 1, script.length - 1));
          return { ...report, ...script[index] };
        },
      };
    },
  };
}
