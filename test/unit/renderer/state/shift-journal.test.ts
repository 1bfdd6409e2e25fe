// The shift journal's state in Node: a day typed day first is listed, a wrong one says why and asks nothing, actions
// wait for a listing and for each other, and a failure is kept to show.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalDay } from '../../../../common/journal';

const calls: { call: string; argument: unknown }[] = [];
const listing = (day: string): JournalDay => ({ day, entries: [], damagedRecords: 0 });
const reconcileAnswer: unknown = {
  ok: true,
  value: { day: '2026-11-30', matched: 0, missing: [], unexpected: [], unclear: [] },
};
const record = (call: string, answer: (argument: never) => unknown) => async (argument: never) => (
  calls.push({ call, argument }),
  answer(argument)
);
vi.stubGlobal('window', {
  pos: {
    listJournal: record('listJournal', (argument: { day?: string }) => ({
      ok: true,
      value: listing(argument.day ?? '2026-12-01'),
    })),
    recoveredAtStart: record('recoveredAtStart', () => ({ ok: true, value: { entries: [], setAside: [] } })),
    exportJournalCsv: record('exportJournalCsv', () => ({
      ok: false,
      error: { code: 'journal-unavailable', message: 'disk' },
    })),
    reconcileShift: record('reconcileShift', () => reconcileAnswer),
  },
});
const { ShiftJournalState } = await import('../../../../renderer/src/state/shift-journal.svelte');

describe('the shift journal state', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('lists today first, then a day typed day first; a wrong day says why and lists nothing', async () => {
    const shift = new ShiftJournalState();
    await shift.load();
    expect(shift).toMatchObject({ day: '2026-12-01', dayText: '01.12.2026', error: null });
    shift.dayText = '30.11.2026';
    await shift.showTypedDay();
    expect(shift.day).toBe('2026-11-30');
    expect(calls.filter(({ call }) => call === 'listJournal').map(({ argument }) => argument)).toEqual([
      {},
      { day: '2026-11-30' },
    ]);
    shift.dayText = '31.02.2026';
    await shift.showTypedDay();
    expect(shift).toMatchObject({ dayProblem: 'bad-date', day: '2026-11-30' });
    expect(calls.filter(({ call }) => call === 'listJournal')).toHaveLength(2);
  });

  it('does nothing before a listing, keeps a failed export to show, and reconciles the day shown', async () => {
    const shift = new ShiftJournalState();
    expect(await shift.exportCsv('ru')).toBeNull();
    await shift.reconcile();
    expect(calls).toEqual([]);
    await shift.load('2026-11-30');
    expect(await shift.exportCsv('ru')).toBeNull();
    expect(shift.error).toMatchObject({ code: 'journal-unavailable' });
    await shift.reconcile();
    expect(calls.at(-1)).toEqual({ call: 'reconcileShift', argument: { day: '2026-11-30' } });
    expect(shift.reconciliation).toMatchObject({ day: '2026-11-30', matched: 0 });
    expect(shift.working).toBeNull();
  });
});
