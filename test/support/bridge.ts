// The test bridge: the app's real handler table exposed to a Playwright page as window.pos, carrying plain JSON only.
import type { Page } from '@playwright/test';
import { CALL_NAMES, type CallName } from '../../electron/ipc/contract';
import type { HandlerTable } from '../../electron/ipc/handlers';

const BINDING = '__posInvoke';

/**
 * Installs window.pos in the page before any of its scripts run, one function per contract call, exactly as the preload does.
 * Values go through JSON both ways, so a handler that returned a Date or undefined hole would fail here as it would over IPC.
 */
export async function exposeHandlers(page: Page, handlers: HandlerTable): Promise<void> {
  await page.exposeBinding(BINDING, async (source, name: string, argumentJson: string | undefined) => {
    if (!(CALL_NAMES as readonly string[]).includes(name)) throw new Error(`No such call: ${name}`);
    const argument: unknown = argumentJson === undefined ? undefined : JSON.parse(argumentJson);
    const result = await handlers[name as CallName]({ url: source.frame.url() }, argument);
    return JSON.stringify(result);
  });
  await page.addInitScript(
    ({ names, binding }) => {
      // Looked up at call time: the binding is installed by an init script of Playwright's own.
      const invoke = (...args: unknown[]) => (window as unknown as Record<string, (...a: unknown[]) => Promise<string>>)[binding]!(...args);
      const pos = Object.fromEntries(
        names.map((name) => [
          name,
          async (argument: unknown) => JSON.parse(await invoke(name, argument === undefined ? undefined : JSON.stringify(argument))) as unknown,
        ]),
      );
      Object.defineProperty(window, 'pos', { value: Object.freeze(pos) });
    },
    { names: CALL_NAMES, binding: BINDING },
  );
}
