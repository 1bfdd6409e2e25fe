// A customer's balance history state in Node: pages of 50 newest first, the next older page read ahead for PgDn (and
// read again when old or failed), a page turn winning over the one loading, failures kept to show, and the day filter.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryPage } from '../../../../common/contract';
import { PREFETCH_FRESH_MS } from '../../../../renderer/src/lib/prefetch';
import { answeredByHand } from '../../../support/answered-by-hand';

/** Pages asked of the main side, answered by the test by hand when it chooses. */
const { asked, call: getHistory } = answeredByHand<{
  clientId: number;
  from?: number;
  to?: number;
  offset: number;
  limit: number;
}>();
vi.stubGlobal('window', { pos: { getHistory } });
const { HistoryState, HISTORY_PAGE_SIZE } = await import('../../../../renderer/src/state/history.svelte');

const CLIENT_ID = 7;
/** A page told apart from another read of the same offset by `read`. */
const page = (offset: number, hasMore: boolean, read = 'first'): HistoryPage => ({
  entries: [
    { amount: -100, currency: 'points', transactionDate: Date.UTC(2026, 10, 30), transactionId: `${read}-${offset}` },
  ],
  offset,
  hasMore,
});
const answered = (value: HistoryPage) => ({ ok: true, value });
const failed = (code: string) => ({ ok: false, error: { code, message: code } });
const offsets = () => asked.map(({ argument }) => argument.offset);
/** Lets answers given by hand reach the state: the fake clock yields to the event loop without moving time on. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** The history screen opened at `offset`, that page answered (`more`: older entries follow) and shown. */
async function pageShown(offset: number, more: boolean) {
  const history = new HistoryState(CLIENT_ID);
  const loaded = history.load(offset);
  asked[0]!.answer(answered(page(offset, more)));
  await loaded;
  return history;
}

/** A customer with more than one page: the first page shown, the second asked ahead. */
const firstPageShown = () => pageShown(0, true);

describe("a customer's history", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    asked.length = 0;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the newest 50 entries first, and asks for the next older page at once', async () => {
    const history = new HistoryState(CLIENT_ID);
    const loaded = history.load(0);
    expect(history.loading).toBe(true);
    expect(asked.map(({ argument }) => argument)).toEqual([{ clientId: CLIENT_ID, offset: 0, limit: 50 }]);
    asked[0]!.answer(answered(page(0, true)));
    await loaded;
    expect(history).toMatchObject({ loading: false, error: null, canGoNewer: false, canGoOlder: true });
    expect(history.page).toEqual(page(0, true));
    expect(asked[1]!.argument).toEqual({ clientId: CLIENT_ID, offset: HISTORY_PAGE_SIZE, limit: HISTORY_PAGE_SIZE });
  });

  it('PgDn shows the page read ahead without asking for it again, whether it has arrived or is still on its way', async () => {
    const history = await firstPageShown();
    asked[1]!.answer(answered(page(50, true)));
    await settle();
    // The cashier reads the first page for a few seconds.
    vi.advanceTimersByTime(3_000);
    history.older();
    await settle();
    expect(history.page).toEqual(page(50, true));
    expect(history).toMatchObject({ canGoNewer: true, canGoOlder: true });
    expect(offsets()).toEqual([0, 50, 100]);
    history.older();
    expect(history.loading).toBe(true);
    expect(offsets()).toEqual([0, 50, 100]);
    asked[2]!.answer(answered(page(100, false)));
    await settle();
    expect(history).toMatchObject({ loading: false, canGoOlder: false });
    expect(history.page).toEqual(page(100, false));
  });

  it('reads nothing ahead on the last page, and PgDn there does nothing', async () => {
    const history = await pageShown(0, false);
    expect(history.canGoOlder).toBe(false);
    history.older();
    expect(history.loading).toBe(false);
    expect(offsets()).toEqual([0]);
  });

  it('PgUp asks for the newer page again, and does nothing on the first page', async () => {
    const history = await pageShown(50, false);
    expect(history.canGoNewer).toBe(true);
    history.newer();
    expect(offsets()).toEqual([50, 0]);
    asked[1]!.answer(answered(page(0, true)));
    await settle();
    expect(history.page).toEqual(page(0, true));
    expect(history.canGoNewer).toBe(false);
    history.newer();
    expect(offsets()).toEqual([50, 0, 50]);
  });

  it('reads a page again when it was read ahead more than five seconds before PgDn', async () => {
    const history = await firstPageShown();
    asked[1]!.answer(answered(page(50, true)));
    await settle();
    vi.advanceTimersByTime(PREFETCH_FRESH_MS + 1);
    history.older();
    expect(offsets()).toEqual([0, 50, 50]);
    asked[2]!.answer(answered(page(50, true, 'again')));
    await settle();
    expect(history.page).toEqual(page(50, true, 'again'));
  });

  it('asks again for a page whose read ahead fails while PgDn waits for it, and shows no error', async () => {
    const history = await firstPageShown();
    history.older();
    asked[1]!.answer(failed('network'));
    await settle();
    expect(offsets()).toEqual([0, 50, 50]);
    expect(history).toMatchObject({ loading: true, error: null });
    asked[2]!.answer(answered(page(50, false)));
    await settle();
    expect(history).toMatchObject({ loading: false, error: null });
    expect(history.page).toEqual(page(50, false));
  });

  it('keeps the page shown when a page turn fails and says why; retry asks for the page that failed', async () => {
    const history = await firstPageShown();
    asked[1]!.answer(failed('network'));
    await settle();
    history.older();
    await settle();
    expect(offsets()).toEqual([0, 50, 50]);
    asked[2]!.answer(failed('timeout'));
    await settle();
    expect(history).toMatchObject({ loading: false, error: { code: 'timeout' } });
    expect(history.page).toEqual(page(0, true));
    const retried = history.retry();
    expect(offsets()).toEqual([0, 50, 50, 50]);
    asked[3]!.answer(answered(page(50, false)));
    await retried;
    expect(history).toMatchObject({ error: null });
    expect(history.page).toEqual(page(50, false));
  });

  it('lets a page turn win over the page still loading: the answer for the page left behind is ignored', async () => {
    const history = new HistoryState(CLIENT_ID);
    const first = history.load(0);
    const turned = history.load(100);
    asked[0]!.answer(answered(page(0, true)));
    await first;
    expect(history).toMatchObject({ loading: true, page: null });
    // The page left behind reads nothing ahead either.
    expect(offsets()).toEqual([0, 100]);
    asked[1]!.answer(answered(page(100, true)));
    await turned;
    expect(history.page).toEqual(page(100, true));
    expect(offsets()).toEqual([0, 100, 150]);
  });

  it('applies the typed days as whole local days and starts from the newest entry; clearing shows all again', async () => {
    const history = await firstPageShown();
    history.fromText = '1.11.2026';
    history.toText = '30.11.2026';
    expect(history.applyFilter()).toBe(true);
    expect(history).toMatchObject({ rangeError: null, filtered: true, loading: true });
    const november = { from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 11, 1).getTime() - 1 };
    expect(asked[2]!.argument).toEqual({ clientId: CLIENT_ID, ...november, offset: 0, limit: HISTORY_PAGE_SIZE });
    asked[2]!.answer(answered(page(0, true, 'november')));
    await settle();
    expect(history.page).toEqual(page(0, true, 'november'));
    // The page read ahead is of the same days.
    expect(asked[3]!.argument).toEqual({ clientId: CLIENT_ID, ...november, offset: 50, limit: HISTORY_PAGE_SIZE });
    history.clearFilter();
    expect(history).toMatchObject({ fromText: '', toText: '', filtered: false });
    expect(asked[4]!.argument).toEqual({ clientId: CLIENT_ID, offset: 0, limit: HISTORY_PAGE_SIZE });
  });

  it('says why typed days cannot be applied, and keeps the page and days shown without asking', async () => {
    const history = await firstPageShown();
    history.fromText = '30.11.2026';
    history.toText = '01.11.2026';
    expect(history.applyFilter()).toBe(false);
    expect(history.rangeError).toBe('reversed');
    history.fromText = '31.11.2026';
    expect(history.applyFilter()).toBe(false);
    expect(history.rangeError).toBe('bad-date');
    history.fromText = 'вчера';
    expect(history.applyFilter()).toBe(false);
    expect(history.rangeError).toBe('bad-format');
    expect(offsets()).toEqual([0, 50]);
    expect(history).toMatchObject({ filtered: false, loading: false });
    expect(history.page).toEqual(page(0, true));
  });

  it('ignores a page of all days that arrives after the typed days were applied', async () => {
    const history = new HistoryState(CLIENT_ID);
    const allDays = history.load(0);
    history.fromText = '01.11.2026';
    history.applyFilter();
    expect(asked[0]!.argument).not.toHaveProperty('from');
    expect(asked[1]!.argument).toMatchObject({ from: new Date(2026, 10, 1).getTime(), offset: 0 });
    asked[1]!.answer(answered(page(0, false, 'november')));
    await settle();
    asked[0]!.answer(answered(page(0, false, 'all days')));
    await allDays;
    expect(history.page).toEqual(page(0, false, 'november'));
  });
});
