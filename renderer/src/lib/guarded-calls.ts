// Every call to the main side made safe for the window: only plain data is handed over, and a call that throws or
// rejects resolves to a failure like any other, so no screen can be left waiting on it.
import { fail } from '../../../common/result';
import { CALL_NAMES, type CallName } from '../../../common/contract';
import type { PosApi } from '../../../common/contract';

type AnyCall = (argument: unknown) => Promise<unknown>;

/**
 * Wraps the bridge's calls. `toPlain` copies an argument into plain data (in the window: `$state.snapshot`, since every
 * `$state` object or array is a Proxy that Electron's context bridge refuses with a synchronous throw).
 */
export function guardCalls(bridge: PosApi, toPlain: (value: unknown) => unknown): PosApi {
  const guarded = CALL_NAMES.map((name) => [name, guardCall(name, bridge[name] as AnyCall, toPlain)]);
  return Object.fromEntries(guarded) as PosApi;
}

function guardCall(name: CallName, call: AnyCall, toPlain: (value: unknown) => unknown): AnyCall {
  return async (argument) => {
    let answer: Promise<unknown>;
    try {
      answer = call(toPlain(argument));
    } catch (error) {
      // Thrown before anything crossed: the main side never heard of the call.
      console.error(`window.pos.${name} could not be called`, error);
      return fail('internal', `The window could not hand ${name} over`);
    }
    try {
      return await answer;
    } catch (error) {
      console.error(`window.pos.${name} failed in transit`, error);
      // A write-off lost in transit may have reached the main side, which journals and settles it: never say "not sent".
      return name === 'writeOff'
        ? fail('in-doubt', 'The write-off was handed over but its answer was lost')
        : fail('internal', `${name} failed in transit`);
    }
  };
}
