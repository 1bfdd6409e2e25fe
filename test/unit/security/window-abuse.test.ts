// Attacks from a compromised window (anything that can call window.pos), each against the real handler table
// and loopback servers that record what they receive: the secret goes only where it was given for, an unlock ends, and
// searches cannot list or flood the customer base.
import { EventEmitter } from 'node:events';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { UNLOCK_TTL_MS } from '../../../electron/settings/pin-lock';
import { isAppUrl } from '../../../electron/security/app-origin';
import type { SettingsForm } from '../../../common/settings';
import { lockSettingsWhenLeft } from '../../../electron/settings/settings-lock.electron';
import { createSimulator } from '../../../electron/training/simulator';
import { DEMO } from '../../../electron/training/demo-data';
import { CANARY_SECRET } from '../../support/canary';
import { listenOnLoopback } from '../../support/loopback';
import { createMainSide, type MainSide } from '../../support/main-side';
import { VALID_FORM } from '../../support/settings-form';

const APP = { url: 'app://loyalty-desk/index.html' };
const PIN = '80412';

/** A loopback server that records the Authorization and key headers of every request and answers with no clients. */
async function recordingApi() {
  const credentials: string[] = [];
  const held: http.ServerResponse[] = [];
  let hold = false;
  const server = await listenOnLoopback(
    http.createServer((request, response) => {
      credentials.push(`${request.headers.authorization ?? ''}|${request.headers['x-api-key'] ?? ''}`);
      if (hold) held.push(response);
      else response.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    }),
  );
  return {
    ...server,
    credentials,
    /** From now on requests wait until `release`. */
    holdRequests: () => (hold = true),
    /** Answers the waiting requests, and every later one at once. */
    release() {
      hold = false;
      held.splice(0).forEach((response) => response.writeHead(200, { 'content-type': 'application/json' }).end('[]'));
    },
  };
}

describe('a compromised window', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const resource of opened.splice(0).reverse()) await resource.close();
  });

  async function terminal(form: Partial<SettingsForm>, now?: () => number): Promise<MainSide> {
    const side = await createMainSide({
      simulator: createSimulator(),
      connection: { mode: 'training', baseUrl: '', timeoutMs: 2_000 },
      isTrustedCaller: isAppUrl,
      now,
    });
    opened.push(side);
    expect(await side.handlers.setPin(APP, { pin: PIN })).toMatchObject({ ok: true });
    expect(await side.handlers.saveSettings(APP, { ...VALID_FORM, ...form })).toEqual({
      ok: true,
      value: { saved: true },
    });
    return side;
  }

  describe('with the settings unlocked', () => {
    it.each([
      ['another address', { baseUrl: 'EVIL' }],
      ['Basic with any login, at the same address', { scheme: 'basic' as const, login: 'x' }],
      ['an API key header of its choice', { scheme: 'apiKey' as const, apiKeyHeader: 'X-Api-Key' }],
      // With a proxy that inspects TLS, an authority of its own would read the secret on its way to the right address.
      [
        'the same address, through a certificate authority of its own',
        { caCertificates: '-----BEGIN CERTIFICATE-----\nTUlJQg==\n-----END CERTIFICATE-----' },
      ],
    ])(
      'cannot have the stored secret sent to %s by testConnection or saveSettings with an empty secret',
      async (_what, change) => {
        const api = await recordingApi();
        const evil = await recordingApi();
        opened.push(api, evil);
        const side = await terminal({ baseUrl: api.url, scheme: 'bearer', secret: CANARY_SECRET });
        const form = { ...VALID_FORM, baseUrl: api.url, scheme: 'bearer' as const, ...change, secret: null };
        if (form.baseUrl === 'EVIL') form.baseUrl = evil.url;
        expect(await side.handlers.testConnection(APP, form)).toEqual({
          ok: true,
          value: { outcome: 'secret-must-be-retyped', elapsedMs: 0 },
        });
        expect(await side.handlers.saveSettings(APP, form)).toEqual({
          ok: true,
          value: { saved: false, reason: 'secret-must-be-retyped' },
        });
        // The terminal's own searches still go where the secret was given for, with it.
        expect(await side.handlers.searchClients(APP, { by: 'phone', query: DEMO.single.phone })).toMatchObject({
          ok: true,
        });
        const everywhere = [...api.credentials, ...evil.credentials];
        expect(everywhere).toEqual([`Bearer ${CANARY_SECRET}|`]);
        const basic = Buffer.from(`x:${CANARY_SECRET}`).toString('base64');
        expect(everywhere.join('\n')).not.toContain(basic);
      },
    );

    it('can use the stored secret again only for the destination it was given for, and may send a secret it types', async () => {
      const api = await recordingApi();
      opened.push(api);
      const side = await terminal({ baseUrl: api.url, scheme: 'bearer', secret: CANARY_SECRET });
      expect(
        await side.handlers.testConnection(APP, {
          ...VALID_FORM,
          baseUrl: `${api.url}/v2`,
          scheme: 'bearer',
          secret: null,
        }),
      ).toMatchObject({
        ok: true,
        value: { outcome: 'works' },
      });
      expect(
        await side.handlers.testConnection(APP, {
          ...VALID_FORM,
          baseUrl: api.url,
          scheme: 'basic',
          login: 'x',
          secret: 'typed-now',
        }),
      ).toMatchObject({ ok: true });
      expect(api.credentials).toEqual([
        `Bearer ${CANARY_SECRET}|`,
        `Basic ${Buffer.from('x:typed-now').toString('base64')}|`,
      ]);
    });

    it('cannot keep one unlock open by calling: it ends a fixed time after the PIN', async () => {
      let clock = 1_000_000;
      const side = await terminal({ mode: 'training', baseUrl: '' }, () => clock);
      // A call every four minutes kept the settings open for a day before the fix.
      clock += 4 * 60_000;
      expect(await side.handlers.getSettings(APP, undefined)).toMatchObject({ ok: true });
      clock += 4 * 60_000;
      expect(await side.handlers.getSettings(APP, undefined)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(clock - 1_000_000).toBeLessThan(2 * UNLOCK_TTL_MS);
    });

    it('loses the unlock when the window is hidden, minimised or loses focus', async () => {
      const side = await terminal({ mode: 'training', baseUrl: '' });
      const window = new EventEmitter();
      lockSettingsWhenLeft(window, () => side.settings.lock());
      for (const event of ['blur', 'hide', 'minimize']) {
        expect(await side.handlers.unlockSettings(APP, { pin: PIN })).toEqual({ ok: true, value: { unlocked: true } });
        window.emit(event);
        expect(await side.handlers.getSettings(APP, undefined), event).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    });
  });

  describe('searching', () => {
    it.each(['%%%', '%a%%', 'ab%', '  %%  '])('cannot list the customers with the email pattern %j', async (query) => {
      const side = await terminal({ mode: 'training', baseUrl: '' });
      expect(await side.handlers.searchClients(APP, { by: 'email', query })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    });

    it('still finds by three characters besides %', async () => {
      const side = await terminal({ mode: 'training', baseUrl: '' });
      expect(await side.handlers.searchClients(APP, { by: 'email', query: '%ivan%' })).toMatchObject({ ok: true });
    });

    it('holds one search at a time: a newer one cancels the older at once, without waiting for the server', async () => {
      const api = await recordingApi();
      opened.push(api);
      const side = await terminal({ baseUrl: api.url, scheme: 'none' });
      api.holdRequests();
      const searches = Array.from({ length: 12 }, (_, index) =>
        side.handlers.searchClients(APP, { by: 'email', query: `user${index}@` }),
      );
      // The eleven older ones end as soon as the newer replaced them, without waiting for the server (it answers none yet).
      const older = await Promise.all(searches.slice(0, -1));
      for (const result of older) expect(result).toMatchObject({ ok: false, error: { code: 'busy' } });
      api.release();
      expect(await searches.at(-1)).toEqual({ ok: true, value: { total: 0, clients: [] } });
    });
  });
});
