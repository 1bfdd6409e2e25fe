// The window's calls: only plain data is handed to a bridge that copies like Electron, and no throw or rejection escapes.
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../common/contract';
import type { PosApi } from '../../../common/contract';
import { guardCalls } from '../../../renderer/src/lib/guarded-calls';

/** A bridge that refuses what Electron's context bridge refuses (a Proxy among them), synchronously, and records the rest. */
function electronLikeBridge(answer: (name: string) => Promise<unknown>) {
  const received: unknown[] = [];
  const bridge = Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      (argument: unknown) => {
        received.push(structuredClone(argument));
        return answer(name);
      },
    ]),
  ) as unknown as PosApi;
  return { bridge, received };
}

const coupons = new Proxy([7, 9], {});
const writeOff = { clientId: 1, balance: [], coupons };
/** What `$state.snapshot` does for these values: a deep plain copy. */
const snapshot = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('guardCalls', () => {
  it('hands over a plain copy of a proxied argument, which the bridge accepts', async () => {
    const { bridge, received } = electronLikeBridge(async () => ({ ok: true, value: 'sent' }));
    const result = await guardCalls(bridge, snapshot).writeOff(writeOff);
    expect(result).toEqual({ ok: true, value: 'sent' });
    expect(received).toEqual([{ clientId: 1, balance: [], coupons: [7, 9] }]);
  });

  it('turns a synchronous throw of the bridge into a failure, not an exception, and nothing is sent', async () => {
    const { bridge, received } = electronLikeBridge(async () => ({ ok: true, value: 'sent' }));
    const result = await guardCalls(bridge, (value) => value).writeOff(writeOff);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(received).toEqual([]);
  });

  it('never calls a write-off lost in transit "not sent": it may have reached the main side', async () => {
    const { bridge } = electronLikeBridge(() => Promise.reject(new Error('render frame was disposed')));
    const pos = guardCalls(bridge, snapshot);
    expect(await pos.writeOff(writeOff)).toMatchObject({ ok: false, error: { code: 'in-doubt' } });
    expect(await pos.searchClients({ by: 'phone', query: '1234' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('offers every contract call', () => {
    const { bridge } = electronLikeBridge(async () => null);
    expect(Object.keys(guardCalls(bridge, snapshot)).sort()).toEqual([...CALL_NAMES].sort());
  });
});
