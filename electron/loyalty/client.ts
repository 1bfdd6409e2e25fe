// The loyalty API client: the five documented endpoints, answers validated, failures typed, the write-off sent exactly once.
import { createFetch, FetchError, type FetchContext, type FetchOptions } from 'ofetch';
import { Agent, fetch as undiciFetch, type Dispatcher } from 'undici';
import type { z } from 'zod';
import type { Balance, Client, Coupon, HistoryEntry, WriteOffRequest } from '../../common/domain';
import { readServerAmount, toApiAmount } from '../../common/money';
import { balanceAnswer, clientsAnswer, couponsAnswer, historyAnswer } from './answers';
import { createLogRedactor } from '../security/redact';
import { authHeaders, authSecrets, type AuthConfig } from './auth';
import { classifyFetchFailure, LoyaltyError } from './errors';
import { createDispatcher, NO_NETWORK_SETTINGS, type NetworkContext, type NetworkSettings } from './network';
import { boundedFetch, type FetchLike } from './transport';

export interface LoyaltyClientOptions {
  baseUrl: string;
  auth: AuthConfig;
  timeoutMs: number;
  /** Largest answer accepted; a 100,000-client search is about 10 MB. */
  maxBytes?: number;
  /** Defaults to undici's fetch on real sockets; training mode passes the simulator's handler. */
  fetch?: FetchLike;
  /** The manager's proxy and extra certificate authorities; none by default (the system's proxy and store still apply). */
  network?: NetworkSettings;
  /** The environment and OS store the network settings are read against; the process's own by default. */
  networkContext?: NetworkContext;
  /** Each attempt's deadline; tests and the fault run hand in their virtual clock's. */
  timeoutSignal?: (ms: number) => { signal: AbortSignal; done(): void };
  /** The pause before a read is tried again (doubling); 200 ms by default. */
  retryDelayMs?: number;
  /** Told, once per kind, about answers the app read past: amounts with float noise or more than two decimals. */
  logOddity?: (message: string) => void;
}

export interface HistoryQuery {
  from?: number;
  to?: number;
  offset?: number;
  limit?: number;
}

export interface LoyaltyClient {
  /** `signal` cancels the search (a newer one replaced it): its connection is closed and its answer never parsed. */
  searchClients(query: { phone?: string; email?: string }, signal?: AbortSignal): Promise<Client[]>;
  getBalance(clientId: number): Promise<Balance[]>;
  getCoupons(clientId: number): Promise<Coupon[]>;
  getHistory(clientId: number, query?: HistoryQuery): Promise<HistoryEntry[]>;
  /** Resolves when the server answered 2xx with no body (or JSON); throws a LoyaltyError otherwise. Never retried. */
  writeOff(request: WriteOffRequest): Promise<void>;
}

const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const GET_RETRIES = 2;
const RETRY_BASE_DELAY_MS = 200;

/** The server's clock when it answered, from its Date header, by the answer it belongs to. */
const answeredAt = new WeakMap<object, number>();

/** The server's time (ms, its Date header) of an answer this client returned; null when it sent none. */
export function serverTimeOf(answer: object): number | null {
  return answeredAt.get(answer) ?? null;
}
const RETRYABLE_STATUSES = [429, 500, 502, 503, 504];

/** ofetch passes unknown options through to fetch; undici reads `dispatcher` to pick the connection pool. */
type RequestOptions = FetchOptions<'text'> & { dispatcher: Dispatcher };

export function createLoyaltyClient(options: LoyaltyClientOptions): LoyaltyClient {
  const limits = {
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutSignal: options.timeoutSignal,
  };
  const ownSockets = options.fetch === undefined;
  const $fetch = createFetch({ fetch: boundedFetch(options.fetch ?? (undiciFetch as FetchLike), limits) });
  const retryDelayMs = options.retryDelayMs ?? RETRY_BASE_DELAY_MS;
  const oddities = new Set<string>();
  const noticeOdd = (json: unknown) => {
    const odd = findOddAmount(json);
    if (odd === null || oddities.has(odd.kind)) return;
    oddities.add(odd.kind);
    options.logOddity?.(
      `the loyalty server sends amounts with ${odd.kind} (e.g. ${odd.example}); read as the nearest kopeck, limits rounded down`,
    );
  };
  const defaults = {
    baseURL: options.baseUrl,
    headers: { accept: 'application/json', ...authHeaders(options.auth) },
    responseType: 'text' as const,
  };
  const network = options.network ?? NO_NETWORK_SETTINGS;
  const dispatcher = (pool: Parameters<typeof createDispatcher>[1]) =>
    createDispatcher(network, pool, options.networkContext);
  // One pooled keep-alive connection set for reads (made at the first read); the write-off gets a fresh connection of its own (below).
  let readPool: Dispatcher | undefined;
  // The server's words are cleaned of this client's own secret and of credential shapes before anything shortens them.
  const redactAnswer = createLogRedactor(() => authSecrets(options.auth));
  const request = <T>(send: () => Promise<T>) => sendRequest(send, redactAnswer);

  async function get<T extends object>(
    path: string,
    schema: z.ZodType<T, unknown>,
    query?: Record<string, string | number | undefined>,
    signal?: AbortSignal,
  ) {
    let date: string | null = null;
    const text = await request(() =>
      $fetch<string, 'text'>(path, {
        ...defaults,
        method: 'GET',
        query,
        signal,
        retry: GET_RETRIES,
        retryDelay: (context: FetchContext) => retryDelayMs * 2 ** (GET_RETRIES - retriesLeft(context)),
        retryStatusCodes: RETRYABLE_STATUSES,
        onRequestError: stopRetryingUnlessTransient,
        onResponse: ({ response }) => void (date = response.headers.get('date')),
        dispatcher: (readPool ??= dispatcher({ keepAliveTimeout: 10_000 })),
      } satisfies RequestOptions),
    );
    const answer = parseAnswer(text, schema, noticeOdd);
    const time = date === null ? NaN : Date.parse(date);
    if (Number.isFinite(time)) answeredAt.set(answer, time);
    return answer;
  }

  return {
    searchClients: (query, signal) => get('/ext/api/v1/clients/', clientsAnswer, query, signal),
    getBalance: (clientId) => get(`${clientPath(clientId)}balance/`, balanceAnswer),
    getCoupons: (clientId) => get(`${clientPath(clientId)}coupons/`, couponsAnswer),
    getHistory: (clientId, query) => get(`${clientPath(clientId)}balance/history/`, historyAnswer, { ...query }),

    async writeOff({ clientId, balance, coupons }) {
      const body: { balance?: { amount: number; currency: string }[]; coupons?: number[] } = {};
      if (balance.length > 0)
        body.balance = balance.map((line) => ({ amount: toApiAmount(line.amount), currency: line.currency }));
      if (coupons.length > 0) body.coupons = coupons;
      // A connection of its own: a reused keep-alive socket that the server already closed would fail the POST for no reason.
      // And it tells whether this request's connection was ever made: only if not, can nothing have reached the server.
      // Through a proxy nothing tells, so it counts as made: a proxied write-off is never taken for "not sent".
      const connection = dispatcher({ pipelining: 0 });
      let connected = !(connection instanceof Agent);
      connection.on('connect', () => (connected = true));
      try {
        const answer = await request(() =>
          $fetch<string, 'text'>(`${clientPath(clientId)}balance/write_off/`, {
            ...defaults,
            method: 'POST',
            body,
            retry: 0,
            // Following a redirect would send the body a second time, to a server nobody configured.
            redirect: 'error',
            dispatcher: connection,
          } satisfies RequestOptions),
        );
        // The API answers with no body; a 2xx carrying something that is not even JSON (a proxy's page, a cut-off
        // answer) may not come from the loyalty server at all, and one whose JSON says it failed contradicts itself:
        // either way its outcome is unknown rather than applied.
        if (answer && !isJson(answer))
          throw new LoyaltyError(
            'malformed',
            'The loyalty server answered the write-off with something that is not JSON',
          );
        if (answer && saysFailed(JSON.parse(answer)))
          throw new LoyaltyError(
            'malformed',
            'The loyalty server answered the write-off with success, but its body says it failed',
          );
      } catch (error) {
        throw ownSockets ? byOwnConnection(error, connected) : error;
      } finally {
        void connection.destroy().catch(() => undefined);
      }
    },
  };
}

function clientPath(clientId: number): string {
  return `/ext/api/v1/clients/${encodeURIComponent(String(clientId))}/`;
}

function retriesLeft(context: FetchContext): number {
  return typeof context.options.retry === 'number' ? context.options.retry : 0;
}

/**
 * A timeout, an oversized answer, a refused redirect or an untrusted certificate would only repeat itself: the cashier
 * has waited enough and gets a retry button instead (and a certificate needs a manager anyway).
 */
function stopRetryingUnlessTransient(context: FetchContext): void {
  const kind = classifyFetchFailure(context.error).kind;
  if (kind === 'timeout' || kind === 'too-large' || kind === 'http' || kind === 'certificate')
    context.options.retry = 0;
}

async function sendRequest<T>(send: () => Promise<T>, redact: (text: string) => string): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw toLoyaltyError(error, redact);
  }
}

function toLoyaltyError(error: unknown, redact: (text: string) => string): LoyaltyError {
  if (!(error instanceof FetchError) || !error.response)
    return classifyFetchFailure(error instanceof FetchError ? error.cause : error);
  const { status, statusText } = error.response;
  const serverMessage = messageFromBody(error.data, redact) ?? redact(`${status} ${statusText}`.trim());
  if (status === 401 || status === 403)
    return new LoyaltyError(
      'unauthorized',
      `Loyalty server refused the credentials (${status})`,
      status,
      serverMessage,
    );
  if (status === 404)
    return new LoyaltyError('not-found', 'Loyalty server has no such record (404)', status, serverMessage);
  return new LoyaltyError('http', `Loyalty server answered ${status}`, status, serverMessage);
}

const MAX_SERVER_MESSAGE = 300;

/** The server's own words from a JSON error body (NOTES.md §2), if it gave any: redacted first, then shortened. */
export function messageFromBody(body: unknown, redact: (text: string) => string): string | undefined {
  if (typeof body !== 'string' || body === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  for (const key of ['message', 'error', 'detail'] as const) {
    const value = (parsed as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim() !== '') return redact(value.trim()).slice(0, MAX_SERVER_MESSAGE);
  }
  return undefined;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Unreachable" (nothing sent) only when the request's own connection was never made, whatever codes its causes carry;
 * once connected, any failure without an answer may have reached the server.
 */
function byOwnConnection(error: unknown, connected: boolean): unknown {
  if (!(error instanceof LoyaltyError) || error.status !== undefined) return error;
  if (!connected && error.kind !== 'malformed')
    return new LoyaltyError('unreachable', 'The loyalty server could not be reached');
  if (connected && error.kind === 'unreachable')
    return new LoyaltyError('network', 'The connection to the loyalty server broke');
  return error;
}

/** A JSON body that says the operation failed, in the words servers use for it. */
export function saysFailed(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const fields = body as Record<string, unknown>;
  if (fields.success === false || fields.ok === false) return true;
  const status = fields.status ?? fields.result;
  if (typeof status === 'string' && /^(error|fail|failed|failure|rejected|declined)$/i.test(status)) return true;
  return fields.error !== undefined && fields.error !== null && fields.error !== false && fields.error !== '';
}

/** The first amount in an answer that is not a plain two-decimal number, and what is odd about it. */
function findOddAmount(json: unknown): { kind: string; example: number } | null {
  if (!Array.isArray(json)) return null;
  for (const item of json as unknown[]) {
    const amount = (item as { amount?: unknown } | null)?.amount;
    if (typeof amount !== 'number') continue;
    const read = readServerAmount(amount);
    if (!read?.odd) continue;
    return {
      kind: Math.abs(amount * 100 - read.nearest) < 1e-6 ? 'float noise' : 'more than two decimals',
      example: amount,
    };
  }
  return null;
}

function parseAnswer<T>(text: string | undefined, schema: z.ZodType<T, unknown>, notice: (json: unknown) => void): T {
  let json: unknown;
  try {
    json = JSON.parse(text ?? '');
  } catch {
    throw new LoyaltyError('malformed', 'The loyalty server sent an answer that is not JSON');
  }
  notice(json);
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? `at ${issue.path.join('.') || 'top level'}: ${issue.message}` : '';
    throw new LoyaltyError('malformed', `The loyalty server's answer does not match the API ${where}`.trim());
  }
  return result.data;
}
