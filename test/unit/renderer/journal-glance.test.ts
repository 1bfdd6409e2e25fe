// The journal's totals count only what went through, and the write-offs needing a manager come first.
import { describe, expect, it } from 'vitest';
import type { JournalEntry, JournalOutcome } from '../../../common/journal';
import { dayTotals, needsManagerFirst } from '../../../renderer/src/lib/journal-glance';
import { journalEntry } from '../../support/journal-entry';

const entry = (
  journalId: string,
  outcome: JournalOutcome,
  balance: JournalEntry['balance'],
  coupons: number[] = [],
): JournalEntry => journalEntry({ journalId, terminalId: 'T1', clientId: 1, balance, coupons, outcome });

const day = [
  entry('a', 'applied', [{ currency: 'points', amount: 25_000 }], [5001]),
  entry('b', 'refused', [{ currency: 'points', amount: 99_999 }], [5002]),
  entry('c', 'needs-review', [{ currency: 'rubles', amount: 1_000 }]),
  entry(
    'd',
    'settled-applied',
    [
      { currency: 'points', amount: 50 },
      { currency: 'rubles', amount: 20_025 },
    ],
    [5003, 5004],
  ),
  entry('e', 'in-doubt', [{ currency: 'rubles', amount: 7 }]),
];

describe('dayTotals', () => {
  it('adds up, per currency and in coupons, only the write-offs that went through', () => {
    expect(dayTotals(day)).toEqual({
      amounts: [
        { currency: 'points', amount: 25_050 },
        { currency: 'rubles', amount: 20_025 },
      ],
      coupons: 3,
      count: 2,
    });
  });
});

describe('needsManagerFirst', () => {
  it('puts the ones needing a manager first and keeps the order of the rest', () => {
    expect(needsManagerFirst(day).map((line) => line.journalId)).toEqual(['c', 'a', 'b', 'd', 'e']);
  });
});
