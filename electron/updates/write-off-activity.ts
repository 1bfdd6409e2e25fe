// The update gate's view of this run's write-offs, counted around the write-off desk; the journal of write-offs will
// answer the same question across restarts, and replaces this when it lands.
import type { WriteOffDesk } from '../checkout/write-off';
import type { WriteOffReport } from '../ipc/contract';
import type { CheckoutActivity } from './gate';

export type WriteOffActivity = Pick<CheckoutActivity, 'writeOffsInFlight' | 'writeOffsInDoubt'>;

/** The same desk, and a count of the write-offs it has sent without an answer yet or whose outcome is still in doubt. */
export function trackWriteOffs(desk: WriteOffDesk): { desk: WriteOffDesk; activity: () => WriteOffActivity } {
  let inFlight = 0;
  const inDoubt = new Set<string>();
  // A report seen in doubt stays counted until a later report of the same write-off shows it settled.
  const note = (report: WriteOffReport) => {
    if (report.state === 'in-doubt') inDoubt.add(report.journalId);
    else inDoubt.delete(report.journalId);
    return report;
  };
  return {
    desk: {
      async send(request) {
        inFlight += 1;
        try {
          return note(await desk.send(request));
        } finally {
          inFlight -= 1;
        }
      },
      report: (journalId) => note(desk.report(journalId)),
    },
    activity: () => ({ writeOffsInFlight: inFlight, writeOffsInDoubt: inDoubt.size }),
  };
}
