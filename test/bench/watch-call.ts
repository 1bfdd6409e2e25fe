// Watches one call of the handler table as the page makes it: its argument, its result, and when it started and ended.
import type { CallName } from '../../common/contract';
import type { HandlerTable } from '../../electron/ipc/handlers';
import { nodeNow } from './browser';

export interface WatchedCall<Name extends CallName> {
  argument: unknown;
  result: Awaited<ReturnType<HandlerTable[Name]>>;
  /** Node's clock (timeOrigin + now), comparable with the page's. */
  startedAt: number;
  finishedAt: number;
}

/** The bridge looks the handler up on every call, so replacing it in the table puts this in the path; returns the undo. */
export function watchCall<Name extends CallName>(
  handlers: HandlerTable,
  name: Name,
  seen: (call: WatchedCall<Name>) => void,
): () => void {
  const real = handlers[name];
  const watched = (async (caller, argument) => {
    const startedAt = nodeNow();
    const result = await real(caller, argument);
    seen({ argument, result, startedAt, finishedAt: nodeNow() } as WatchedCall<Name>);
    return result;
  }) as HandlerTable[Name];
  handlers[name] = watched;
  return () => {
    handlers[name] = real;
  };
}
