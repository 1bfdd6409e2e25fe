// The simulator as a fetch function (training mode, no port opened); socket faults are imitated the way undici reports them.

import { firstHalf, promisedLength, type HttpAnswer } from './answers';
import { untilAborted } from './delay';
import { exchange } from './exchange';
import type { SimContext } from './sim-context';

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** URLs must be absolute, as for the real fetch; their origin is ignored, only path and query count. */
export function createInProcessFetch(context: SimContext): FetchFunction {
  return async (input, init) => {
    const request = new Request(input, init);
    // The caller's own signal: a Request's copy follows it only while the Request object lives (undici holds it weakly),
    // so once the Request is collected a hung answer would never hear that its client gave up.
    const signal = init?.signal ?? request.signal;
    signal.throwIfAborted();
    const reply = await exchange(
      { method: request.method, url: new URL(request.url), headers: request.headers, body: await request.text() },
      signal,
      context,
    );
    switch (reply.kind) {
      case 'answer':
        return toResponse(reply.answer);
      case 'reset':
        throw socketError('fetch failed', 'read ECONNRESET', 'ECONNRESET');
      case 'hang':
        return untilAborted(signal);
      case 'truncated':
        return cutResponse(
          reply.answer,
          { 'content-length': String(promisedLength(reply.answer.body)) },
          (controller) => controller.error(socketError('terminated', 'other side closed', 'UND_ERR_SOCKET')),
        );
      case 'never-ending':
        return cutResponse(reply.answer, {}, (controller) =>
          untilAborted(signal).catch((reason: unknown) => controller.error(reason)),
        );
    }
  };
}

// Statuses whose Response must not have a body.
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

function toResponse({ status, headers, body }: HttpAnswer): Response {
  return new Response(body === '' || NULL_BODY_STATUSES.has(status) ? null : body, { status, headers });
}

/** A response whose body stream yields half of the real body and then ends however `afterHalf` decides. */
function cutResponse(
  { status, headers, body }: HttpAnswer,
  extraHeaders: Record<string, string>,
  afterHalf: (controller: ReadableStreamDefaultController<Uint8Array>) => void | Promise<void>,
): Response {
  const half = firstHalf(body);
  let halfSent = half.length === 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (halfSent) return afterHalf(controller);
      halfSent = true;
      controller.enqueue(half);
    },
  });
  return new Response(stream, { status, headers: { ...headers, ...extraHeaders } });
}

/** The error undici gives for a connection that failed, with the socket error as its cause. */
function socketError(message: string, causeMessage: string, code: string): TypeError {
  return new TypeError(message, { cause: Object.assign(new Error(causeMessage), { code }) });
}
