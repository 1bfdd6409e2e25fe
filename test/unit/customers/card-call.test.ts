// Through the app's own handler table: a search with one match starts that card's reads on the main side, the window's
// card call for the customer it found joins them, and every other card call (the write-off screen's) reads the server.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEMO } from '../../../electron/training/demo-data';
import type { Listening } from '../../../electron/training/http-server';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';
import { createMainSide, type MainSide } from '../../support/main-side';

const APP = { url: 'app://loyalty-desk/index.html' };
let simulator: Simulator;
let server: Listening;
let side: MainSide;

beforeEach(async () => {
  simulator = createSimulator();
  server = await simulator.listen();
  side = await createMainSide({
    simulator,
    connection: { mode: 'live', baseUrl: server.url, timeoutMs: 5_000 },
    isTrustedCaller: (url) => url === APP.url,
  });
});
afterEach(async () => {
  await side.close();
  await server.close();
});

it('a search with one match reads the card before the window asks; the window asking for it joins that read', async () => {
  expect(await side.handlers.searchClients(APP, { by: 'phone', query: DEMO.single.phone })).toMatchObject({
    ok: true,
    value: { total: 1 },
  });
  await expect.poll(() => simulator.requests()).toMatchObject({ clients: 1, balance: 1, coupons: 1 });
  const card = await side.handlers.getCustomer(APP, { clientId: DEMO.single.id, justFound: true });
  expect(card).toMatchObject({
    ok: true,
    value: { balances: expect.arrayContaining([{ currency: 'points', amount: DEMO.single.points }]) },
  });
  expect(simulator.requests()).toMatchObject({ clients: 1, balance: 1, coupons: 1 });
});

it('a card call not marked as just found (the write-off screen, a refresh) never gets the read made ahead', async () => {
  await side.handlers.searchClients(APP, { by: 'phone', query: DEMO.single.phone });
  await expect.poll(() => simulator.requests()).toMatchObject({ balance: 1, coupons: 1 });
  simulator.writeOffElsewhere(DEMO.single.id, 'points', 3_456);
  const card = await side.handlers.getCustomer(APP, { clientId: DEMO.single.id });
  expect(card).toMatchObject({
    ok: true,
    value: { balances: expect.arrayContaining([{ currency: 'points', amount: DEMO.single.points - 3_456 }]) },
  });
  expect(simulator.requests()).toMatchObject({ balance: 2, coupons: 2 });
});
