// Calls to window.pos made from inside the page, as the window's own code makes them, for specs that drive a flow without its screen.
import type { Page } from '@playwright/test';
import type { PosResult } from '../../common/result';
import type { CallArguments, CallName } from '../../common/contract';
import type { CallOutput } from '../../electron/ipc/contract';

export function callPos<Name extends CallName>(
  page: Page,
  name: Name,
  argument: CallArguments[Name],
): Promise<PosResult<CallOutput<Name>>> {
  return page.evaluate(
    ([call, value]) =>
      (window as unknown as { pos: Record<string, (argument: unknown) => Promise<unknown>> }).pos[call]!(value),
    [name, argument] as const,
  ) as Promise<PosResult<CallOutput<Name>>>;
}

/** The value of a call that must succeed. */
export async function valueOf<Name extends CallName>(
  page: Page,
  name: Name,
  argument: CallArguments[Name],
): Promise<CallOutput<Name>> {
  const result = await callPos(page, name, argument);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}
