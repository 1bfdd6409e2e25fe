// A journal entry for tests: a plain write-off that went through, with whatever a test needs changed.
import type { JournalEntry } from '../../common/journal';

export function journalEntry(overrides: Partial<JournalEntry>): JournalEntry {
  return {
    journalId: 'j-1',
    terminalId: 'till-1',
    clientId: 1234567,
    customer: null,
    balance: [],
    coupons: [],
    createdAt: 0,
    outcome: 'applied',
    note: null,
    recovered: false,
    training: false,
    lateLanding: false,
    saleFinishedWithout: false,
    resolution: null,
    ...overrides,
  };
}
