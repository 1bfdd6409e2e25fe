// Stale answers ignored by sequence number, and polling that asks one question at a time and stops for good.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestOnly } from '../../../renderer/src/lib/latest';
import { poll } from '../../../renderer/src/lib/poll';

describe('latestOnly', () => {
  it('knows only the newest request as current, and none after invalidate', () => {
    const requests = latestOnly();
    const first = requests.begin();
    const second = requests.begin();
    expect(requests.isLatest(first)).toBe(false);
    expect(requests.isLatest(second)).toBe(true);
    requests.invalidate();
    expect(requests.isLatest(second)).toBe(false);
  });
});

describe('poll', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once an interval until the answer is final', async () => {
    const answers = ['in-doubt', 'in-doubt', 'settled'];
    const ask = vi.fn(async () => answers.shift() ?? 'asked too often');
    const seen: string[] = [];
    poll({ ask, again: (answer) => answer === 'in-doubt', onAnswer: (answer) => seen.push(answer), intervalMs: 1000 });
    expect(ask).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen).toEqual(['in-doubt', 'in-doubt', 'settled']);
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('never has two questions out at once', async () => {
    let outstanding = 0;
    let most = 0;
    const ask = () => {
      outstanding += 1;
      most = Math.max(most, outstanding);
      return new Promise<string>((resolve) => setTimeout(() => resolve(((outstanding -= 1), 'in-doubt')), 2500));
    };
    const stop = poll({ ask, again: () => true, onAnswer: () => undefined, intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(20_000);
    stop();
    expect(most).toBe(1);
  });

  it('drops an answer that arrives after it was stopped, and asks no more', async () => {
    const seen: string[] = [];
    const ask = vi.fn(() => new Promise<string>((resolve) => setTimeout(() => resolve('settled'), 500)));
    const stop = poll({ ask, again: () => true, onAnswer: (answer) => seen.push(answer), intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(1200);
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen).toEqual([]);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed question', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('bridge hiccup')).mockResolvedValue('settled');
    const seen: string[] = [];
    poll({ ask, again: () => false, onAnswer: (answer: string) => seen.push(answer), intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual(['settled']);
  });
});
