// The journal names a customer from what the main side's own search read from the loyalty API, never from the window,
// and keeps only the name and the phone's last four digits.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Client } from '../../../common/domain';
import { rememberSearches } from '../../../electron/customers/recent-clients';
import type { LoyaltyClient } from '../../../electron/loyalty/client';
import { isAppUrl } from '../../../electron/security/app-origin';
import { DEMO } from '../../../electron/training/demo-data';
import { createSimulator } from '../../../electron/training/simulator';
import { createMainSide, type MainSide } from '../../support/main-side';

const APP = { url: 'app://loyalty-desk/index.html' };
const { rich } = DEMO;
const writeOff = { clientId: rich.id, balance: [{ currency: 'points', amount: 100 }], coupons: [] };

let side: MainSide | undefined;
afterEach(async () => side?.close());

async function terminal(): Promise<MainSide> {
  side = await createMainSide({
    simulator: createSimulator(),
    connection: { mode: 'training', baseUrl: '', timeoutMs: 2_000 },
    isTrustedCaller: isAppUrl,
  });
  return side;
}

describe('who a journaled write-off was for', () => {
  it('is the name and the last four digits of the phone the search read from the API; the full phone is never written', async () => {
    const { handlers, journalDir } = await terminal();
    expect(await handlers.searchClients(APP, { by: 'phone', query: rich.phone })).toMatchObject({ ok: true });
    expect(await handlers.writeOff(APP, writeOff)).toMatchObject({ ok: true });
    expect(
      await handlers.writeOff(APP, { ...writeOff, balance: [{ currency: 'points', amount: rich.points + 1 }] }),
    ).toMatchObject({ ok: false, error: { code: 'rejected' } });
    const customer = { name: 'Николай Фёдоров', phoneLast4: '8777' };
    const journal = await handlers.listJournal(APP, {});
    expect(journal).toMatchObject({
      ok: true,
      value: {
        entries: [
          { clientId: rich.id, customer },
          { clientId: rich.id, customer },
        ],
      },
    });
    for (const name of await readdir(journalDir))
      expect(await readFile(path.join(journalDir, name), 'utf8')).not.toContain(rich.phone);
  });

  it('is unknown (the client id is shown) when this run never found the customer, and the window cannot name them', async () => {
    const { handlers } = await terminal();
    expect(
      await handlers.writeOff(APP, { ...writeOff, customer: { name: 'Someone else', phoneLast4: '0000' } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await handlers.writeOff(APP, writeOff)).toMatchObject({ ok: true });
    expect(await handlers.listJournal(APP, {})).toMatchObject({
      ok: true,
      value: { entries: [{ clientId: rich.id, customer: null }] },
    });
  });
});

describe('the memory of recent searches', () => {
  const client = (id: number, phone: string | null, name: string | null): Client => ({ id, phone, name, email: null });
  const searching = (answer: Client[]) => ({ searchClients: async () => answer }) as unknown as LoyaltyClient;

  it('keeps the newest look-ups and forgets the oldest, so it stays bounded whatever is searched', async () => {
    const many = Array.from({ length: 50 }, (_, index) =>
      client(index, `79000000${String(index).padStart(2, '0')}`, `Client ${index}`),
    );
    let answer = many;
    const { loyaltyClient, recent } = rememberSearches(() => searching(answer));
    for (let round = 0; round < 11; round += 1) {
      answer = many.map((found) => ({ ...found, id: found.id + round * 50 }));
      await loyaltyClient().searchClients({ phone: '%9000' });
    }
    expect(recent.describe(0)).toBeNull();
    expect(recent.describe(549)).toEqual({ name: 'Client 49', phoneLast4: '0049' });
  });

  it('keeps no last four digits for a phone that has fewer, and no name for a blank one', async () => {
    const { loyaltyClient, recent } = rememberSearches(() => searching([client(1, '12', '  '), client(2, null, null)]));
    await loyaltyClient().searchClients({ email: '%@x%' });
    expect(recent.describe(1)).toEqual({ name: null, phoneLast4: null });
    expect(recent.describe(2)).toEqual({ name: null, phoneLast4: null });
  });
});
