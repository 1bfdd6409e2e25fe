// The customer search's state in Node: type-ahead after a pause, a whole number at once, "nothing found" held back while
// typing, Enter never asking twice, only the newest answer shown, email on Enter, and each mode keeping its own text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientMatches } from '../../../../common/contract';
import type { Client } from '../../../../common/domain';
import { answeredByHand } from '../../../support/answered-by-hand';

/** Searches sent to the main side, answered by the test by hand when it chooses. */
const { asked, call: searchClients } = answeredByHand<{ by: 'phone' | 'email'; query: string }>();
vi.stubGlobal('window', { pos: { searchClients } });
const { search, TYPE_AHEAD_DELAY_MS, NOT_FOUND_PAUSE_MS } =
  await import('../../../../renderer/src/state/search.svelte');

const ANNA: Client = { id: 1, name: 'Анна Петрова', phone: '+79123456789', email: 'anna@example.com' };
const BORIS: Client = { id: 2, name: 'Борис Петров', phone: '+79123450000', email: null };
const matches = (...clients: Client[]): ClientMatches => ({ total: clients.length, clients });
const found = (...clients: Client[]) => ({ ok: true, value: matches(...clients) });
const failed = (code: string) => ({ ok: false, error: { code, message: code } });
const queries = () => asked.map(({ argument }) => argument);
/** Lets answers given by hand reach the state: the fake clock yields to the event loop without moving time on. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** The cashier's field after a keystroke. */
function typePhone(text: string): void {
  search.text.phone = text;
  search.typed();
}

/** The customers the search tells the card about (exactly one found), in order. */
function customersToldOf(): Client[] {
  const told: Client[] = [];
  search.onlyOne = (client) => told.push(client);
  return told;
}

describe('the customer search', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    search.reset();
    search.onlyOne = null;
    asked.length = 0;
  });

  afterEach(() => {
    search.reset();
    vi.useRealTimers();
  });

  it('searches the digits typed once the cashier pauses for 300 ms, each keystroke starting the wait again', async () => {
    typePhone('912 3');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS - 100);
    typePhone('912 34');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS - 1);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(queries()).toEqual([{ by: 'phone', query: '91234' }]);
    expect(search.status).toBe('searching');
  });

  it('searches a whole number at once, however it is written', () => {
    typePhone('912 345-67-89');
    expect(queries()).toEqual([{ by: 'phone', query: '9123456789' }]);
    search.reset();
    typePhone('+7 (912) 345-67-89');
    expect(queries()).toEqual([
      { by: 'phone', query: '9123456789' },
      { by: 'phone', query: '9123456789' },
    ]);
  });

  it('waits for the pause when ten digits start with 8, since the number may go on', async () => {
    typePhone('8 912 345 67 8');
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    expect(queries()).toEqual([{ by: 'phone', query: '8912345678' }]);
  });

  it('asks once for one number, whether the answer is on its way or shown, however the cashier writes it', async () => {
    typePhone('912 345 67 89');
    typePhone('+7 912 345 67 89');
    expect(asked).toHaveLength(1);
    asked[0]!.answer(found(ANNA));
    await settle();
    typePhone('8 (912) 345-67-89');
    await vi.advanceTimersByTimeAsync(NOT_FOUND_PAUSE_MS);
    expect(asked).toHaveLength(1);
    expect(search).toMatchObject({ status: 'answered', matches: matches(ANNA) });
  });

  it('asks nothing for fewer than four digits, forgets what was found, and Enter says the number is too short', async () => {
    typePhone('9123');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    asked[0]!.answer(found(ANNA, BORIS));
    await settle();
    expect(search.matches).toEqual(matches(ANNA, BORIS));
    typePhone('912');
    await vi.advanceTimersByTimeAsync(NOT_FOUND_PAUSE_MS);
    expect(search).toMatchObject({ status: 'idle', matches: null });
    expect(await search.submit()).toBeNull();
    expect(search.status).toBe('too-short');
    expect(asked).toHaveLength(1);
  });

  it('holds "nothing found" back until the cashier has paused for 1.5 s', async () => {
    typePhone('9123');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    asked[0]!.answer(found());
    await settle();
    expect(search.status).toBe('answered');
    expect(search.nothingFound).toBe(false);
    await vi.advanceTimersByTimeAsync(NOT_FOUND_PAUSE_MS - TYPE_AHEAD_DELAY_MS - 1);
    expect(search.nothingFound).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(search.nothingFound).toBe(true);
  });

  it('says "nothing found" at once on Enter, with the answer already shown and without asking again', async () => {
    typePhone('9123');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    asked[0]!.answer(found());
    await settle();
    // Another digit: the old "nothing found" is held back again while the cashier types.
    typePhone('91234');
    expect(search.nothingFound).toBe(false);
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    asked[1]!.answer(found());
    await settle();
    expect(search.nothingFound).toBe(false);
    expect(await search.submit()).toEqual(matches());
    expect(search.nothingFound).toBe(true);
    expect(asked).toHaveLength(2);
  });

  it('Enter reuses the list already shown instead of asking again', async () => {
    typePhone('91234');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    asked[0]!.answer(found(ANNA, BORIS));
    await settle();
    expect(await search.submit()).toEqual(matches(ANNA, BORIS));
    expect(asked).toHaveLength(1);
  });

  it('Enter while the search for the same number is on its way waits for that answer instead of asking twice', async () => {
    typePhone('912 345 67 89');
    const entered = search.submit();
    expect(asked).toHaveLength(1);
    asked[0]!.answer(found(ANNA));
    expect(await entered).toEqual(matches(ANNA));
    expect(asked).toHaveLength(1);
    expect(search).toMatchObject({ status: 'answered', matches: matches(ANNA) });
  });

  it('Enter after one more digit asks for the new number, and the answer for the old one, arriving first, is ignored', async () => {
    typePhone('91234');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    typePhone('912345');
    const entered = search.submit();
    expect(queries()).toEqual([
      { by: 'phone', query: '91234' },
      { by: 'phone', query: '912345' },
    ]);
    asked[0]!.answer(found(ANNA, BORIS));
    await settle();
    expect(search).toMatchObject({ status: 'searching', matches: null });
    asked[1]!.answer(found(ANNA));
    expect(await entered).toEqual(matches(ANNA));
    expect(search).toMatchObject({ status: 'answered', matches: matches(ANNA) });
  });

  it('keeps the newest answer when an older search answers after it', async () => {
    const told = customersToldOf();
    typePhone('91234');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    typePhone('912345');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    expect(asked).toHaveLength(2);
    asked[1]!.answer(found(ANNA, BORIS));
    await settle();
    asked[0]!.answer(found(BORIS));
    await settle();
    expect(search).toMatchObject({ status: 'answered', matches: matches(ANNA, BORIS) });
    expect(told).toEqual([]);
  });

  it('shows the answer for the number in the field after a digit is taken back, not the one for the longer number arriving later', async () => {
    const told = customersToldOf();
    typePhone('91234');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    asked[0]!.answer(found(ANNA, BORIS));
    await settle();
    typePhone('912345');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    typePhone('91234');
    expect(search).toMatchObject({ status: 'answered', matches: matches(ANNA, BORIS) });
    asked[1]!.answer(found(ANNA));
    await vi.advanceTimersByTimeAsync(NOT_FOUND_PAUSE_MS);
    expect(search).toMatchObject({ status: 'answered', matches: matches(ANNA, BORIS), nothingFound: false });
    expect(told).toEqual([]);
    expect(await search.submit()).toEqual(matches(ANNA, BORIS));
    expect(asked).toHaveLength(2);
  });

  it('ignores an answer, found or failed, that arrives after the field was cleared', async () => {
    const told = customersToldOf();
    typePhone('912 345 67 89');
    search.clear();
    asked[0]!.answer(found(ANNA));
    await settle();
    expect(search).toMatchObject({ status: 'idle', matches: null, error: null });
    expect(search.text.phone).toBe('');
    expect(told).toEqual([]);
    typePhone('912 345 67 89');
    search.clear();
    asked[1]!.answer(failed('network'));
    await settle();
    expect(search).toMatchObject({ status: 'idle', error: null });
  });

  it('says why a search failed, and Enter asks again', async () => {
    typePhone('912 345 67 89');
    asked[0]!.answer(failed('timeout'));
    await settle();
    expect(search).toMatchObject({ status: 'failed', error: { code: 'timeout' }, matches: null });
    const entered = search.submit();
    expect(asked).toHaveLength(2);
    asked[1]!.answer(found(ANNA));
    expect(await entered).toEqual(matches(ANNA));
    expect(search).toMatchObject({ status: 'answered', error: null, matches: matches(ANNA) });
  });

  it('searches an email only on Enter, trimmed, and only from three characters', async () => {
    search.switchMode();
    search.text.email = '  an  ';
    search.typed();
    expect(await search.submit()).toBeNull();
    expect(search.status).toBe('too-short');
    search.text.email = ' anna@example.com ';
    search.typed();
    await vi.advanceTimersByTimeAsync(NOT_FOUND_PAUSE_MS);
    expect(asked).toEqual([]);
    const entered = search.submit();
    expect(queries()).toEqual([{ by: 'email', query: 'anna@example.com' }]);
    asked[0]!.answer(found(ANNA));
    expect(await entered).toEqual(matches(ANNA));
  });

  it('tells the card to read the customer when exactly one is found, once, and not for several or none', async () => {
    const told = customersToldOf();
    typePhone('9123');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    asked[0]!.answer(found(ANNA, BORIS));
    await settle();
    typePhone('91239');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    asked[1]!.answer(found());
    await settle();
    expect(told).toEqual([]);
    typePhone('912345');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    asked[2]!.answer(found(ANNA));
    await settle();
    expect(told).toEqual([ANNA]);
    // Enter on that answer acts on it; the card was already told.
    expect(await search.submit()).toEqual(matches(ANNA));
    expect(told).toEqual([ANNA]);
  });

  it('switching between phone and email keeps what was typed in each, and forgets what was found', async () => {
    typePhone('912 34');
    await vi.advanceTimersByTimeAsync(TYPE_AHEAD_DELAY_MS);
    asked[0]!.answer(found(ANNA));
    await settle();
    search.switchMode();
    expect(search).toMatchObject({ mode: 'email', status: 'idle', matches: null });
    search.text.email = 'anna@';
    search.switchMode();
    expect(search.mode).toBe('phone');
    expect(search.text).toEqual({ phone: '912 34', email: 'anna@' });
    // What was found is forgotten: Enter asks again.
    const entered = search.submit();
    expect(queries()).toEqual([
      { by: 'phone', query: '91234' },
      { by: 'phone', query: '91234' },
    ]);
    // Switching while it is on its way makes its answer stale.
    search.switchMode();
    asked[1]!.answer(found(ANNA));
    expect(await entered).toBeNull();
    expect(search).toMatchObject({ mode: 'email', status: 'idle', matches: null });
  });

  it('starts the next customer from empty fields in phone mode, and a digit typed elsewhere starts a new search', async () => {
    search.switchMode();
    search.text.email = 'anna@example.com';
    search.text.phone = '9123';
    search.reset();
    expect(search).toMatchObject({ mode: 'phone', text: { phone: '', email: '' }, status: 'idle' });
    search.switchMode();
    search.startWith('+7 912 345 67 89');
    expect(search.mode).toBe('phone');
    expect(search.text).toEqual({ phone: '+7 912 345 67 89', email: '' });
    expect(queries()).toEqual([{ by: 'phone', query: '9123456789' }]);
  });
});
