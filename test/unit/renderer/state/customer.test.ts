// The customer card's state in Node: the first read says the customer was just found, balances are current, updating or
// outdated, a failed read keeps what was shown, and an answer overtaken by a newer read is dropped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerHoldings } from '../../../../common/contract';
import type { Client } from '../../../../common/domain';
import { answeredByHand } from '../../../support/answered-by-hand';

/** Reads sent to the main side, answered by the test by hand when it chooses. */
const { asked, call: getCustomer } = answeredByHand<{ clientId: number; justFound?: boolean }>();
vi.stubGlobal('window', { pos: { getCustomer } });
const { CustomerState } = await import('../../../../renderer/src/state/customer.svelte');

const ANNA: Client = { id: 7, name: 'Анна Петрова', phone: '+79123456789', email: null };
const holdings = (points: number): CustomerHoldings => ({
  balances: [{ currency: 'points', amount: points }],
  coupons: [{ id: 31, title: 'Кофе в подарок', expireDate: Date.UTC(2026, 11, 31) }],
});
const read = (value: CustomerHoldings) => ({ ok: true, value });
const failed = (code: string) => ({ ok: false, error: { code, message: code } });

describe('the customer on the card', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    asked.length = 0;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('says the customer was just found on the first read after a search, and not on a refresh', async () => {
    const customer = new CustomerState(ANNA);
    const first = customer.readFound();
    asked[0]!.answer(read(holdings(1500)));
    expect(await first).toBe(true);
    const again = customer.refresh();
    asked[1]!.answer(read(holdings(1500)));
    expect(await again).toBe(true);
    expect(asked.map(({ argument }) => argument)).toEqual([
      { clientId: 7, justFound: true },
      { clientId: 7, justFound: false },
    ]);
  });

  it('shows the balances as outdated before any read, updating while one is on its way, then current', async () => {
    const customer = new CustomerState(ANNA);
    expect(customer.balancesState).toBe('outdated');
    const first = customer.readFound();
    expect(customer).toMatchObject({ loading: true, balancesState: 'updating', holdings: null });
    vi.advanceTimersByTime(800);
    const answeredAt = Date.now();
    asked[0]!.answer(read(holdings(1500)));
    await first;
    expect(customer).toMatchObject({ loading: false, balancesState: 'current', error: null });
    expect(customer.holdings).toEqual(holdings(1500));
    // Coupons are judged against the moment the answer came.
    expect(customer.readAt).toBe(answeredAt);
  });

  it('offers for a write-off what the customer holds, a currency they do not hold counting as nothing', async () => {
    const customer = new CustomerState(ANNA);
    expect(customer.available).toEqual({ points: 0, rubles: 0 });
    const first = customer.readFound();
    asked[0]!.answer(read(holdings(1500)));
    await first;
    expect(customer.available).toEqual({ points: 1500, rubles: 0 });
  });

  it('keeps the balances and coupons shown while a refresh is on its way and after it fails, marked outdated', async () => {
    const customer = new CustomerState(ANNA);
    const first = customer.readFound();
    asked[0]!.answer(read(holdings(1500)));
    await first;
    const firstReadAt = customer.readAt;
    vi.advanceTimersByTime(60_000);
    const refresh = customer.refresh();
    expect(customer).toMatchObject({ balancesState: 'updating', holdings: holdings(1500) });
    asked[1]!.answer(failed('timeout'));
    expect(await refresh).toBe(false);
    expect(customer).toMatchObject({
      loading: false,
      balancesState: 'outdated',
      error: { code: 'timeout' },
      holdings: holdings(1500),
      readAt: firstReadAt,
    });
    // The next read that succeeds makes them current again.
    const again = customer.refresh();
    asked[2]!.answer(read(holdings(900)));
    expect(await again).toBe(true);
    expect(customer).toMatchObject({ balancesState: 'current', error: null, holdings: holdings(900) });
  });

  it('drops an answer overtaken by a newer read, whether it arrives before or after the newer one', async () => {
    const customer = new CustomerState(ANNA);
    const found = customer.readFound();
    const refreshed = customer.refresh();
    asked[0]!.answer(read(holdings(1500)));
    expect(await found).toBe(false);
    expect(customer).toMatchObject({ loading: true, balancesState: 'updating', holdings: null });
    asked[1]!.answer(read(holdings(900)));
    expect(await refreshed).toBe(true);
    expect(customer.holdings).toEqual(holdings(900));

    const older = customer.refresh();
    const newer = customer.refresh();
    asked[3]!.answer(read(holdings(400)));
    expect(await newer).toBe(true);
    asked[2]!.answer(failed('network'));
    expect(await older).toBe(false);
    expect(customer).toMatchObject({ balancesState: 'current', error: null, holdings: holdings(400) });
  });
});
