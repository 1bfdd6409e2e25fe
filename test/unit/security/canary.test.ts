// The canary: a known secret in the vault, every contract call and its failure paths exercised; the secret is never in a result or a log line.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, type CallName } from '../../../common/contract';
import { isAppUrl } from '../../../electron/security/app-origin';
import type { SettingsForm } from '../../../common/settings';
import { createSimulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import type { Fault } from '../../../electron/training/types';
import type { Listening } from '../../../electron/training/http-server';
import { CANARY_SECRET } from '../../support/canary';
import { unreachableUrl } from '../../support/loopback';
import { createMainSide, type MainSide } from '../../support/main-side';
import { TILL_DEFAULTS } from '../../../common/settings-rules';

const APP = { url: 'app://loyalty-desk/index.html' };
const PIN = '80412';
/** The forms the secret takes on the wire: as itself, URL-encoded, and inside Basic's base64. */
const LEAK_FORMS = [
  CANARY_SECRET,
  encodeURIComponent(CANARY_SECRET),
  Buffer.from(`kassa:${CANARY_SECRET}`).toString('base64'),
];
/** A careless server that echoes the request's Authorization header in its error message. */
const ECHO = { message: `Token rejected: Authorization: Bearer ${CANARY_SECRET}` };

describe('the canary secret', () => {
  const simulator = createSimulator({ auth: { scheme: 'bearer', token: CANARY_SECRET } });
  let api: Listening;
  let side: MainSide;
  let form: SettingsForm;
  const answers: { call: CallName; text: string }[] = [];
  const called = new Set<CallName>();

  /** Runs the step while every matching request meets the fault, then clears it. */
  async function withFault<T>(fault: Fault, step: () => Promise<T>): Promise<T> {
    simulator.injectFault({ times: Infinity, ...fault });
    try {
      return await step();
    } finally {
      simulator.clearFaults();
    }
  }

  async function call(name: CallName, argument?: unknown) {
    called.add(name);
    const result = await side.handlers[name](APP, argument);
    answers.push({ call: name, text: JSON.stringify(result) });
    return result;
  }

  beforeAll(async () => {
    api = await simulator.listen();
    side = await createMainSide({
      simulator,
      connection: { mode: 'training', baseUrl: '', timeoutMs: 2_000 },
      isTrustedCaller: isAppUrl,
    });
    form = {
      mode: 'live',
      baseUrl: api.url,
      timeoutMs: 2_000,
      scheme: 'bearer',
      login: 'kassa',
      apiKeyHeader: 'X-Api-Key',
      terminalId: 'KASSA-9',
      storeName: 'Канарейка',
      language: 'ru',
      kiosk: false,
      startAtLogin: false,
      updateUrl: '',
      proxyUrl: '',
      caCertificates: '',
      ...TILL_DEFAULTS,
      secret: CANARY_SECRET,
      acceptPlainTextSecret: false,
    };
  });
  afterAll(async () => {
    await api.close();
    await side.close();
  });

  it('goes through every call and failure path', async () => {
    // Settings: locked, first PIN, save the canary, read back, test, lock, wrong PIN, unlock.
    await call('getSettings');
    await call('pinStatus');
    await call('unlockSettings', { pin: PIN });
    expect(await call('setPin', { pin: PIN })).toMatchObject({ ok: true });
    await call('setPin', { pin: '1111' });
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- hostile input: plain http to another machine must be refused
    await call('saveSettings', { ...form, baseUrl: 'http://remote.example.ru' });
    expect(await call('saveSettings', form)).toEqual({ ok: true, value: { saved: true } });
    expect(await call('getSettings')).toMatchObject({ ok: true, value: { secretSet: true } });
    expect(await call('testConnection', { ...form, secret: null })).toMatchObject({
      ok: true,
      value: { outcome: 'works' },
    });
    expect(await call('testConnection', { ...form, secret: `${CANARY_SECRET}-wrong` })).toMatchObject({
      ok: true,
      value: { outcome: 'wrong-credentials' },
    });
    // The stored secret is never filled in for another address: the form must carry it again.
    const elsewhere = await unreachableUrl();
    expect(await call('testConnection', { ...form, secret: null, baseUrl: elsewhere })).toMatchObject({
      ok: true,
      value: { outcome: 'secret-must-be-retyped' },
    });
    expect(await call('testConnection', { ...form, baseUrl: elsewhere })).toMatchObject({
      ok: true,
      value: { outcome: 'unreachable' },
    });
    expect(
      await withFault({ kind: 'status', status: 401, body: ECHO }, () =>
        call('testConnection', { ...form, secret: null }),
      ),
    ).toMatchObject({
      ok: true,
      value: { outcome: 'wrong-credentials' },
    });
    await call('testConnection', { ...form, baseUrl: '' });
    await call('lockSettings');
    await call('unlockSettings', { pin: '00000' });
    await call('unlockSettings', { pin: PIN });

    // Lookups against the live simulator with the canary token, then each failure.
    expect(await call('appInfo')).toMatchObject({ ok: true, value: { mode: 'live' } });
    expect(await call('updateStatus')).toMatchObject({ ok: true });
    expect(await call('searchClients', { by: 'phone', query: DEMO.single.phone })).toMatchObject({ ok: true });
    await call('searchClients', { by: 'phone', query: '1' });
    const search = () => call('searchClients', { by: 'phone', query: DEMO.single.phone });
    expect(await withFault({ kind: 'status', status: 401, body: ECHO }, search)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    const customer = () => call('getCustomer', { clientId: DEMO.single.id });
    expect(await withFault({ kind: 'status', status: 503, body: ECHO }, customer)).toMatchObject({
      ok: false,
      error: { code: 'server' },
    });
    expect(await withFault({ kind: 'malformed', body: `{"oops":"${CANARY_SECRET}"}` }, customer)).toMatchObject({
      ok: false,
      error: { code: 'bad-answer' },
    });
    expect(await call('getCustomer', { clientId: 999_999_999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const history = () => call('getHistory', { clientId: DEMO.single.id, offset: 0, limit: 10 });
    expect(await history()).toMatchObject({ ok: true });
    expect(await withFault({ kind: 'reset-before-apply' }, history)).toMatchObject({
      ok: false,
      error: { code: 'network' },
    });
    expect(await withFault({ kind: 'latency', ms: 3_000 }, history)).toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });

    // Write-offs: applied, refused with an echo, in doubt; and their reports.
    const applied = await call('writeOff', {
      clientId: DEMO.rich.id,
      balance: [{ currency: 'points', amount: 100 }],
      coupons: [],
    });
    expect(applied).toMatchObject({ ok: true, value: { state: 'applied' } });
    const writeOff = () =>
      call('writeOff', { clientId: DEMO.rich.id, balance: [{ currency: 'points', amount: 100 }], coupons: [] });
    expect(await withFault({ kind: 'status', status: 422, body: ECHO, match: 'write-off' }, writeOff)).toMatchObject({
      ok: false,
      error: { code: 'rejected' },
    });
    const inDoubt = await withFault({ kind: 'reset-after-apply', match: 'write-off' }, writeOff);
    expect(inDoubt).toMatchObject({ ok: true, value: { state: 'in-doubt' } });
    // The sale goes on without it; a manager's resolution of one that does not need it is refused.
    const doubtful = (inDoubt as { value: { journalId: string } }).value.journalId;
    expect(await call('finishWithoutWriteOff', { journalId: doubtful })).toMatchObject({
      ok: true,
      value: { saleFinishedWithout: true },
    });
    expect(
      await call('resolveWriteOff', {
        journalId: (applied as { value: { journalId: string } }).value.journalId,
        note: CANARY_SECRET,
      }),
    ).toMatchObject({ ok: false });
    await call('getWriteOff', { journalId: (applied as { value: { journalId: string } }).value.journalId });
    await call('getWriteOff', { journalId: 'no-such-journal' });
    await call('writeOff', { clientId: -1, balance: [], coupons: [] });

    // The shift journal those write-offs went into: the day, its CSV, reconciliation with the server, start-up recovery.
    const journal = await call('listJournal', {});
    expect(journal).toMatchObject({ ok: true });
    const day = (journal as { value: { day: string } }).value.day;
    expect(await call('exportJournalCsv', { day, language: 'ru' })).toMatchObject({ ok: true });
    expect(await call('reconcileShift', { day })).toMatchObject({ ok: true });
    await call('recoveredAtStart');
    await call('listJournal', { day: 'not-a-day' });

    // A server that refuses the credentials outright, for every read.
    await withFault({ kind: 'status', status: 403, body: ECHO }, async () => {
      for (const step of [search, customer, history])
        expect(await step()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    });

    expect([...called].sort()).toEqual([...CALL_NAMES].sort());
  });

  it('appears in no result and no error message', () => {
    expect(answers.length).toBeGreaterThan(30);
    // The echo did reach the handler table: the redacted message is what the window got.
    expect(answers.some(({ text }) => text.includes('Token rejected: Authorization: [redacted]'))).toBe(true);
    for (const { call: name, text } of answers) for (const form of LEAK_FORMS) expect(text, name).not.toContain(form);
  });

  it('appears in no log line', () => {
    for (const line of side.logLines) for (const form of LEAK_FORMS) expect(line).not.toContain(form);
  });

  it('appears in no journal line on disk, though a refusal echoed it', async () => {
    const names = await readdir(side.journalDir);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const text = await readFile(path.join(side.journalDir, name), 'utf8');
      for (const form of LEAK_FORMS) expect(text, name).not.toContain(form);
    }
  });
});
