// The handler table: sender check, argument validation, and failures turned into results.
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../../common/contract';
import { PosFailure } from '../../../common/failure';
import { createHandlerTable, type CallImplementations } from '../../../electron/ipc/handlers';
import { LoyaltyError } from '../../../electron/loyalty/errors';

const APP = { url: 'app://loyalty-desk/index.html' };
const SETTLED = { watchUntil: null, lateLanding: false, saleFinishedWithout: false, holdsCustomer: false };

function table(overrides: Partial<CallImplementations> = {}) {
  const implementations: CallImplementations = {
    appInfo: async () => ({
      mode: 'training',
      version: '1.0.0',
      language: 'ru',
      notices: [],
      till: { pointValueKopecks: 100, idleMinutes: 2 },
    }),
    searchClients: async () => ({ total: 0, clients: [] }),
    getCustomer: async () => ({ balances: [], coupons: [] }),
    getHistory: async ({ offset }) => ({ entries: [], offset, hasMore: false }),
    writeOff: async (request) => ({
      journalId: 'j1',
      ...request,
      state: 'applied',
      step: null,
      createdAt: 0,
      reviewNote: null,
      ...SETTLED,
    }),
    getWriteOff: async ({ journalId }) => ({
      journalId,
      clientId: 1,
      balance: [],
      coupons: [5],
      state: 'in-doubt',
      step: 'reading-back',
      createdAt: 0,
      reviewNote: null,
      ...SETTLED,
    }),
    finishWithoutWriteOff: async ({ journalId }) => ({
      journalId,
      clientId: 1,
      balance: [],
      coupons: [5],
      state: 'in-doubt',
      step: null,
      createdAt: 0,
      reviewNote: null,
      ...SETTLED,
      saleFinishedWithout: true,
    }),
    resolveWriteOff: async ({ journalId }) => ({
      journalId,
      clientId: 1,
      balance: [],
      coupons: [5],
      state: 'resolved',
      step: null,
      createdAt: 0,
      reviewNote: 'decided',
      ...SETTLED,
    }),
    updateStatus: async () => ({ state: 'none', version: null }),
    pinStatus: async () => ({ pinSet: false, retryAfterMs: 0 }),
    setPin: async () => ({ unlocked: true }),
    unlockSettings: async () => ({ unlocked: false, retryAfterMs: 0 }),
    lockSettings: async () => ({ locked: true }),
    getSettings: async () => Promise.reject(new PosFailure('forbidden', 'locked')),
    saveSettings: async () => ({ saved: true }),
    testConnection: async () => ({ outcome: 'works', elapsedMs: 1 }),
    listJournal: async ({ day = '2025-03-14' }) => ({ day, entries: [], damagedRecords: 0 }),
    exportJournalCsv: async ({ day }) => ({ fileName: `write-offs-${day}.csv`, text: '' }),
    reconcileShift: async ({ day }) => ({
      day,
      checked: 0,
      matched: 0,
      missing: [],
      unexpected: [],
      unclear: [],
      notCompared: 0,
      unreadClients: [],
    }),
    recoveredAtStart: async () => ({ entries: [], setAside: [] }),
    ...overrides,
  };
  const logUnexpected = vi.fn();
  const handlers = createHandlerTable(implementations, {
    isTrustedCaller: (url) => url.startsWith('app://loyalty-desk/'),
    logUnexpected,
  });
  return { handlers, logUnexpected };
}

describe('createHandlerTable', () => {
  it('has a handler for every call in the contract', () => {
    expect(Object.keys(table().handlers).sort()).toEqual([...CALL_NAMES].sort());
  });

  it.each(CALL_NAMES)('%s refuses a caller that is not the app page', async (name) => {
    const result = await table().handlers[name]({ url: 'https://evil.example/' }, undefined);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
  });

  it('passes a valid argument to the implementation and wraps its value', async () => {
    const searchClients = vi.fn(async () => ({ total: 1, clients: [{ id: 1, name: null, phone: null, email: null }] }));
    const result = await table({ searchClients }).handlers.searchClients(APP, { by: 'phone', query: ' 6789 ' });
    expect(searchClients).toHaveBeenCalledWith({ by: 'phone', query: '6789' });
    expect(result).toEqual({
      ok: true,
      value: { total: 1, clients: [{ id: 1, name: null, phone: null, email: null }] },
    });
  });

  it.each([
    ['a string', 'x'],
    ['an unknown key', { by: 'phone', query: '1234', extra: 1 }],
    ['a wrong enum', { by: 'fax', query: '1234' }],
    ['a too long query', { by: 'phone', query: '1'.repeat(101) }],
    ['null', null],
  ])('answers invalid-input to %s without calling the service', async (_what, argument) => {
    const searchClients = vi.fn();
    const result = await table({ searchClients }).handlers.searchClients(APP, argument);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(searchClients).not.toHaveBeenCalled();
  });

  it('refuses a write-off amount that is not a positive integer of minor units', async () => {
    const { handlers } = table();
    for (const amount of [0, -1, 1.5, Number.NaN, '100']) {
      const result = await handlers.writeOff(APP, {
        clientId: 1,
        balance: [{ currency: 'points', amount }],
        coupons: [],
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it.each(['2025-02-30', '31.01.2025', '2025-1-5', ''])(
    'refuses %o as a journal day without calling the service',
    async (day) => {
      const listJournal = vi.fn();
      const result = await table({ listJournal }).handlers.listJournal(APP, { day });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(listJournal).not.toHaveBeenCalled();
    },
  );

  it('reports a service failure with its own code', async () => {
    const { handlers } = table({ writeOff: async () => Promise.reject(new PosFailure('busy', 'wait')) });
    expect(await handlers.writeOff(APP, { clientId: 1, balance: [], coupons: [5] })).toEqual({
      ok: false,
      error: { code: 'busy', message: 'wait' },
    });
  });

  it.each([
    [new LoyaltyError('unreachable', 'x'), 'network'],
    [new LoyaltyError('timeout', 'x'), 'timeout'],
    [new LoyaltyError('unauthorized', 'x', 401, 'Неверный токен'), 'unauthorized'],
    [new LoyaltyError('http', 'x', 503, 'Ведутся работы'), 'server'],
    [new LoyaltyError('malformed', 'x'), 'bad-answer'],
  ] as const)('maps %o to %s, keeping the server message', async (error, code) => {
    const { handlers } = table({ getCustomer: async () => Promise.reject(error) });
    const result = await handlers.getCustomer(APP, { clientId: 7 });
    expect(result).toEqual({ ok: false, error: { code, message: error.serverMessage ?? error.message } });
  });

  it('hides an unexpected exception behind "internal" and logs it', async () => {
    const { handlers, logUnexpected } = table({
      appInfo: async () => Promise.reject(new Error('secret detail /home/x')),
    });
    const result = await handlers.appInfo(APP, undefined);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.not.stringContaining('secret') } });
    expect(logUnexpected).toHaveBeenCalledWith('appInfo', expect.any(Error));
  });
});
