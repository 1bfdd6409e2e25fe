// Which endpoint a request path names, and which method that endpoint takes.

export type Route =
  | { name: 'clients'; method: 'GET' }
  | { name: 'balance' | 'coupons' | 'history'; method: 'GET'; clientId: number }
  | { name: 'write-off'; method: 'POST'; clientId: number };

type ClientRoute = Exclude<Route, { name: 'clients' }>;

const CLIENT_PATH =
  /^\/ext\/api\/v1\/clients\/(\d{1,15})\/(balance\/|coupons\/|balance\/history\/|balance\/write_off\/)$/;

const CLIENT_ROUTES: Record<string, Omit<ClientRoute, 'clientId'>> = {
  'balance/': { name: 'balance', method: 'GET' },
  'coupons/': { name: 'coupons', method: 'GET' },
  'balance/history/': { name: 'history', method: 'GET' },
  'balance/write_off/': { name: 'write-off', method: 'POST' },
};

/** The endpoint at `path` (already stripped of the base path), or undefined. Trailing slashes are required, as documented. */
export function matchRoute(path: string): Route | undefined {
  if (path === '/ext/api/v1/clients/') return { name: 'clients', method: 'GET' };
  const [, id, rest] = CLIENT_PATH.exec(path) ?? [];
  const route = rest === undefined ? undefined : CLIENT_ROUTES[rest];
  return route && id !== undefined ? ({ ...route, clientId: Number(id) } as ClientRoute) : undefined;
}
