// The floor: the same requests the app makes, sent with Node's global fetch straight to the simulator, nothing else.
const API = '/ext/api/v1/clients/';

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  return work().then(() => performance.now() - start);
}

/** The search by the phone's digits (as the app's `%digits` pattern), then balance and coupons in parallel. */
export function rawLookup(baseUrl: string, digits: string, clientId: number): Promise<number> {
  return timed(async () => {
    await getJson(`${baseUrl}${API}?phone=${encodeURIComponent(`%${digits}`)}`);
    await Promise.all([
      getJson(`${baseUrl}${API}${clientId}/balance/`),
      getJson(`${baseUrl}${API}${clientId}/coupons/`),
    ]);
  });
}

/** A search alone, its whole answer read and parsed. */
export function rawSearch(baseUrl: string, pattern: string): Promise<number> {
  return timed(() => getJson(`${baseUrl}${API}?phone=${encodeURIComponent(pattern)}`));
}

/** One page of history, asked for exactly as the app asks (one entry more than it shows, to know if more follow). */
export function rawHistoryPage(baseUrl: string, clientId: number, offset: number, limit: number): Promise<number> {
  return timed(() => getJson(`${baseUrl}${API}${clientId}/balance/history/?offset=${offset}&limit=${limit}`));
}

/** The write-off POST with the body the app sends for the same amount. */
export function rawWriteOff(baseUrl: string, clientId: number, body: object): Promise<number> {
  return timed(async () => {
    const response = await fetch(`${baseUrl}${API}${clientId}/balance/write_off/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`write-off answered ${response.status}`);
    await response.text();
  });
}
