// Sending one write-off and keeping a report of what became of it; the journal and read-back settlement build on this.
import { randomUUID } from 'node:crypto';
import type { WriteOffRequest } from '../../common/domain';
import { isWritableCurrency } from '../../common/money';
import type { WriteOffReport } from '../ipc/contract';
import { PosFailure } from '../ipc/failure';
import type { LoyaltyClient } from '../loyalty/client';
import { classifyWriteOffFailure } from './classify';

/** Checks that a write-off is worth sending: never empty (NOTES.md §10), only known currencies (§9), nothing twice. */
export function assertSendable(request: WriteOffRequest): void {
  if (request.balance.length === 0 && request.coupons.length === 0) {
    throw new PosFailure('invalid-input', 'Nothing to write off');
  }
  const currencies = request.balance.map((line) => line.currency);
  if (!currencies.every(isWritableCurrency)) throw new PosFailure('invalid-input', 'Only points and rubles can be written off');
  if (new Set(currencies).size !== currencies.length) throw new PosFailure('invalid-input', 'A currency is listed twice');
  if (new Set(request.coupons).size !== request.coupons.length) throw new PosFailure('invalid-input', 'A coupon is listed twice');
}

export interface WriteOffDesk {
  send(request: WriteOffRequest): Promise<WriteOffReport>;
  report(journalId: string): WriteOffReport;
}

/** Write-offs of this run, kept in memory so the window can ask how one ended. */
export function createWriteOffDesk(client: () => LoyaltyClient, now: () => number = Date.now): WriteOffDesk {
  const reports = new Map<string, WriteOffReport>();
  return {
    async send(request) {
      assertSendable(request);
      const base = { journalId: randomUUID(), ...request, createdAt: now(), step: null, reviewNote: null };
      try {
        await client().writeOff(request);
        reports.set(base.journalId, { ...base, state: 'applied' });
      } catch (error) {
        const failure = classifyWriteOffFailure(error);
        if (failure.kind === 'refused') throw new PosFailure('rejected', failure.message);
        if (failure.kind === 'not-sent') throw new PosFailure('network', failure.message);
        reports.set(base.journalId, { ...base, state: 'in-doubt' });
      }
      return this.report(base.journalId);
    },
    report(journalId) {
      const report = reports.get(journalId);
      if (!report) throw new PosFailure('not-found', 'No such write-off');
      return report;
    },
  };
}
