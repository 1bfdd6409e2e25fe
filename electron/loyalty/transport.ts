// The HTTP layer under the loyalty client: every attempt gets one deadline covering headers and body, and a cap on the body's size.
import { LoyaltyError } from './errors';

/** A fetch-compatible function: undici's fetch on the network, or the simulator's handler in training mode. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface TransportLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Makes the deadline; AbortSignal.timeout unless a test's virtual clock keeps the time (then `done` drops its timer). */
  timeoutSignal?: (ms: number) => { signal: AbortSignal; done(): void };
}

/** Statuses whose Response may not carry a body, even an empty one. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Wraps a fetch so that the whole answer is read under the deadline, because a server that sends headers and then
 * stalls would otherwise hang the cashier's screen; the body is buffered so the caller never reads a half answer.
 */
export function boundedFetch(base: FetchLike, limits: TransportLimits): FetchLike {
  return async (input, init) => {
    const deadline = limits.timeoutSignal
      ? limits.timeoutSignal(limits.timeoutMs)
      : { signal: AbortSignal.timeout(limits.timeoutMs), done: () => undefined };
    // The caller's own signal (a search replaced by a newer one) ends the attempt as the deadline does.
    const signal = init?.signal ? AbortSignal.any([deadline.signal, init.signal]) : deadline.signal;
    try {
      const response = await followSameOrigin(base, input, { ...init, signal });
      const declared = Number(response.headers.get('content-length'));
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        throw tooLarge(limits.maxBytes);
      }
      const body = await readCapped(response.body, limits.maxBytes, signal);
      return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } finally {
      deadline.done();
    }
  };
}

/** Redirects followed at most: a same-origin move (a trailing slash, a new path) takes one or two. */
const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Follows a redirect only within the configured origin: the request carries the credentials, and a hop to another host
 * or to plain http would hand them to whoever answers there. A request that asks for no redirect at all (the
 * write-off, `redirect: 'error'`) is passed through as it is.
 */
async function followSameOrigin(base: FetchLike, input: string | URL | Request, init: RequestInit): Promise<Response> {
  if (init.redirect === 'error' || input instanceof Request) return base(input, init);
  const origin = new URL(input).origin;
  let url = String(input);
  for (let hops = 0; ; hops += 1) {
    const response = await base(url, { ...init, redirect: 'manual' });
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
    await response.body?.cancel();
    const next = URL.canParse(location, url) ? new URL(location, url) : null;
    if (next === null || next.origin !== origin || hops >= MAX_REDIRECTS) {
      throw new LoyaltyError(
        'http',
        'The loyalty server redirected the request to another address, which is not followed',
        response.status,
      );
    }
    url = next.href;
  }
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number, deadline: AbortSignal) {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  // Cancelling the reader ends a pending read even when the source ignores the signal.
  const cancel = () => void reader.cancel(deadline.reason).catch(() => undefined);
  deadline.addEventListener('abort', cancel, { once: true });
  try {
    // The deadline may have passed between the headers and here: its abort event has fired already and never comes again.
    deadline.throwIfAborted();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      deadline.throwIfAborted();
      if (done) return Buffer.concat(chunks);
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } finally {
    deadline.removeEventListener('abort', cancel);
  }
}

function tooLarge(maxBytes: number): LoyaltyError {
  return new LoyaltyError('too-large', `The loyalty server's answer is larger than ${maxBytes} bytes`);
}
