// The preload exposes window.pos with exactly the contract's calls, each invoking its own channel, and nothing else.
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, channelOf } from '../../../common/contract';

const exposed = vi.hoisted(() => new Map<string, unknown>());
const invoke = vi.hoisted(() => vi.fn(async (channel: string, argument: unknown) => ({ channel, argument })));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

describe('preload', () => {
  it('exposes only window.pos, with one function per call on its channel', async () => {
    await import('../../../electron/preload');
    expect([...exposed.keys()]).toEqual(['pos']);
    const pos = exposed.get('pos') as Record<string, (argument: unknown) => Promise<unknown>>;
    expect(Object.keys(pos).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) {
      expect(await pos[name]!({ probe: name })).toEqual({ channel: channelOf(name), argument: { probe: name } });
    }
    expect(invoke).toHaveBeenCalledTimes(CALL_NAMES.length);
  });
});
