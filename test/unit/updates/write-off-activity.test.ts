// The write-offs counted for the update gate: in flight while the server has not answered, in doubt until settled.
import { describe, expect, it } from 'vitest';
import type { WriteOffRequest } from '../../../common/domain';
import type { WriteOffDesk } from '../../../electron/checkout/write-off';
import type { WriteOffReport, WriteOffState } from '../../../electron/ipc/contract';
import { trackWriteOffs } from '../../../electron/updates/write-off-activity';

const REQUEST: WriteOffRequest = { clientId: 7, balance: [{ currency: 'points', amount: 500 }], coupons: [] };

function report(journalId: string, state: WriteOffState): WriteOffReport {
  return { journalId, ...REQUEST, state, step: null, createdAt: 0, reviewNote: null };
}

/** A desk whose send waits until the test answers it, and whose reports the test sets. */
function manualDesk() {
  const reports = new Map<string, WriteOffReport>();
  const answers: ((report: WriteOffReport | Error) => void)[] = [];
  const desk: WriteOffDesk = {
    send: () =>
      new Promise<WriteOffReport>((resolve, reject) => {
        answers.push((outcome) => {
          if (outcome instanceof Error) return reject(outcome);
          reports.set(outcome.journalId, outcome);
          resolve(outcome);
        });
      }),
    report: (journalId) => reports.get(journalId)!,
  };
  return { desk, answer: (outcome: WriteOffReport | Error) => answers.shift()!(outcome), settle: (r: WriteOffReport) => reports.set(r.journalId, r) };
}

describe('trackWriteOffs', () => {
  it('counts a write-off in flight until the server answers', async () => {
    const manual = manualDesk();
    const tracked = trackWriteOffs(manual.desk);
    const sent = tracked.desk.send(REQUEST);
    expect(tracked.activity()).toEqual({ writeOffsInFlight: 1, writeOffsInDoubt: 0 });
    manual.answer(report('a', 'applied'));
    await expect(sent).resolves.toMatchObject({ state: 'applied' });
    expect(tracked.activity()).toEqual({ writeOffsInFlight: 0, writeOffsInDoubt: 0 });
  });

  it('stops counting a write-off the server refused', async () => {
    const manual = manualDesk();
    const tracked = trackWriteOffs(manual.desk);
    const sent = tracked.desk.send(REQUEST);
    manual.answer(new Error('refused'));
    await expect(sent).rejects.toThrow('refused');
    expect(tracked.activity()).toEqual({ writeOffsInFlight: 0, writeOffsInDoubt: 0 });
  });

  it('counts a write-off in doubt until a later report shows it settled', async () => {
    const manual = manualDesk();
    const tracked = trackWriteOffs(manual.desk);
    const sent = tracked.desk.send(REQUEST);
    manual.answer(report('b', 'in-doubt'));
    await sent;
    expect(tracked.activity()).toEqual({ writeOffsInFlight: 0, writeOffsInDoubt: 1 });
    expect(tracked.desk.report('b').state).toBe('in-doubt');
    expect(tracked.activity().writeOffsInDoubt).toBe(1);
    manual.settle(report('b', 'settled-not-applied'));
    expect(tracked.desk.report('b').state).toBe('settled-not-applied');
    expect(tracked.activity()).toEqual({ writeOffsInFlight: 0, writeOffsInDoubt: 0 });
  });
});
