// The test bridge: the app's real handler table exposed to a Playwright page as window.pos, copying values as Electron does.
import type { Page } from '@playwright/test';
import { CALL_NAMES, type CallName } from '../../common/contract';
import type { HandlerTable } from '../../electron/ipc/handlers';
import { assertPlainData } from './plain-data';

const BINDING = '__posInvoke';

/** The page's marks around each crossing: `bridge:<call>:sent` as a call leaves the page, `bridge:<call>:answered` as its answer is back. */
const BRIDGE_MARKS_PREFIX = 'bridge:';
export type BridgeMarkName = `${typeof BRIDGE_MARKS_PREFIX}${CallName}:${'sent' | 'answered'}`;
export const bridgeMark = (call: CallName, moment: 'sent' | 'answered'): BridgeMarkName =>
  `${BRIDGE_MARKS_PREFIX}${call}:${moment}`;

/**
 * Installs window.pos in the page before any of its scripts run, one function per contract call, exactly as the preload
 * does. Every argument is structured-cloned in the page, synchronously, before anything else, as Electron's context
 * bridge does: a Svelte $state proxy, a function, a symbol or a class instance throws in the page, where it would throw
 * in the real app. (JSON alone walks a Proxy happily and hid exactly that bug.) Every result is checked to be plain data
 * and structured-cloned on both sides, as IPC and the context bridge copy it.
 */
export async function exposeHandlers(page: Page, handlers: HandlerTable): Promise<void> {
  await page.exposeBinding(BINDING, async (source, name: string, argumentJson: string | undefined) => {
    if (!(CALL_NAMES as readonly string[]).includes(name)) throw new Error(`No such call: ${name}`);
    const argument: unknown = argumentJson === undefined ? undefined : JSON.parse(argumentJson);
    const result = await handlers[name as CallName]({ url: source.frame.url() }, argument);
    assertPlainData(result, `result of ${name}`);
    return JSON.stringify(structuredClone(result));
  });
  await page.addInitScript(
    ({ names, binding, marksPrefix }) => {
      /** What the context bridge refuses: anything structuredClone refuses, and objects that are not plain. */
      const copyLikeElectron = (value: unknown): unknown => {
        const visit = (item: unknown): void => {
          if (item === null || typeof item !== 'object') return;
          const prototype = Object.getPrototypeOf(item) as unknown;
          if (!Array.isArray(item) && prototype !== Object.prototype && prototype !== null) {
            throw new DOMException('An object could not be cloned.', 'DataCloneError');
          }
          Object.values(item).forEach(visit);
        };
        visit(value);
        // structuredClone itself throws on a Proxy, a function or a symbol, with Electron's DataCloneError.
        return structuredClone(value);
      };
      // Looked up at call time: the binding is installed by an init script of Playwright's own.
      const invoke = (...args: unknown[]) =>
        (window as unknown as Record<string, (...a: unknown[]) => Promise<string>>)[binding]!(...args);
      /** Where a call enters and leaves this bridge, one mark per name (replaced each time), so the bench can tell the bridge's own time from the app's. */
      const mark = (name: string) => {
        performance.clearMarks(name);
        performance.mark(name);
      };
      const pos = Object.fromEntries(
        names.map((name) => [
          name,
          // Not async: a value that cannot cross throws synchronously in the caller, as in Electron.
          (argument: unknown) => {
            const copy = copyLikeElectron(argument);
            const json = copy === undefined ? undefined : JSON.stringify(copy);
            mark(`${marksPrefix}${name}:sent`);
            return invoke(name, json).then((answer) => {
              mark(`${marksPrefix}${name}:answered`);
              return copyLikeElectron(JSON.parse(answer));
            });
          },
        ]),
      );
      Object.defineProperty(window, 'pos', { value: Object.freeze(pos) });
    },
    { names: CALL_NAMES, binding: BINDING, marksPrefix: BRIDGE_MARKS_PREFIX },
  );
}
