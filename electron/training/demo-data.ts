// The training data set: forty Russian clients covering every case the app must show, and DEMO, the facts tests rely on.

import type { Coupon, HistoryEntry } from '../../common/domain';
import { randomPerson } from './names';
import { createRandom, type Random } from './prng';
import type { SimClient, SimData } from './types';

/**
 * Fixed facts about the demo data, whatever the seed (the seed varies only the filler clients and
 * the history entries). Amounts are minor units; phones are as stored.
 * Every stored phone's last four digits are unique except the shared pair's, so `%` + 4 digits
 * finds one client.
 */
export const DEMO = {
  seed: 20190201,
  clientCount: 40,
  /** The API document's example client: everything filled in, points and rubles. */
  single: {
    id: 1234567,
    phone: '7912345678',
    name: 'Иван Петров',
    email: 'ivan.petrov@example.ru',
    points: 123_456,
    rubles: 432_106,
  },
  /** Two clients with one phone: searching it answers both. */
  sharedPhone: { phone: '7903111222', ids: [1234601, 1234602] },
  /** E-mail, phone and name all null. */
  nulls: { id: 1234603 },
  /** No name; phone and e-mail set. */
  nullName: { id: 1234604, phone: '7916444555', email: 'no.name@example.ru' },
  /** Coupons dated from the clock at creation: ended yesterday, ends at the end of today (local time), ends in 45 days. */
  couponHolder: {
    id: 1234605,
    phone: '7926777888',
    expiredCouponId: 5001,
    todayCouponId: 5002,
    validCouponId: 5003,
  },
  /** Exactly 10,000 history entries over about a year, some sharing a timestamp. */
  bigHistory: { id: 1234606, phone: '7985000111', entries: 10_000 },
  /** Holds a third currency besides points and rubles (NOTES.md §9). */
  unknownCurrency: { id: 1234607, phone: '7977333444', currency: 'bonus_miles', amount: 150_000 },
  /** Phones stored with a country prefix (11 digits); `%` + the 10-digit national number finds them. */
  countryCode7: { id: 1234608, phone: '79161234567', national: '9161234567' },
  countryCode8: { id: 1234609, phone: '89261234568', national: '9261234568' },
  /** Large balances and two valid coupons: room for many checkout write-offs. */
  rich: { id: 1234610, phone: '7999888777', points: 9_876_543, rubles: 2_500_000, couponIds: [5004, 5005] },
  /** Zero balances, no coupons, no history. */
  newcomer: { id: 1234611, phone: '7915000999' },
} as const;

const HOUR = 3_600_000;
const FILLER_FIRST_ID = 1_000_001;
const FILLER_FIRST_COUPON_ID = 5101;
const COUPON_TITLES = [
  'Скидка 10% на кофе',
  'Бесплатная выпечка',
  'Двойные баллы на покупку',
  'Скидка 500 ₽ от 3000 ₽',
  'Второй напиток в подарок',
];

/** The demo data as of `now` (coupon expiry and history dates are relative to it). */
export function createDemoData(seed: number = DEMO.seed, now: number = Date.now()): SimData {
  const random = createRandom(seed);
  const make = fixtureMaker(random, now);
  const special = specialClients(make);
  const takenSuffixes = new Set(special.flatMap(({ phone }) => (phone ? [phone.slice(-4)] : [])));
  let nextCouponId = FILLER_FIRST_COUPON_ID;
  const fillers = Array.from({ length: DEMO.clientCount - special.length }, (_, index): SimClient => {
    const person = randomPerson(random);
    return make.client({
      id: FILLER_FIRST_ID + index,
      name: person.name,
      phone: random.chance(0.1) ? null : uniqueSuffixPhone(random, takenSuffixes),
      email: random.chance(0.25) ? null : `${person.latin}@example.ru`,
      coupons: Array.from({ length: random.int(0, 2) }, () => make.coupon(nextCouponId++, random.int(-10, 90))),
    });
  });
  return { clients: [...fillers, ...special] };
}

interface FixtureMaker {
  /** A client; unset fields are null or empty, except balance and history, which are made up. */
  client(fields: Partial<SimClient> & Pick<SimClient, 'id'>): SimClient;
  /** A coupon valid through the end of the local day `daysAhead` days from now. */
  coupon(id: number, daysAhead: number): Coupon;
  history(count: number, currencies: readonly string[]): HistoryEntry[];
}

function fixtureMaker(random: Random, now: number): FixtureMaker {
  let lastTransactionId = 100_000_000;
  const history: FixtureMaker['history'] = (count, currencies) =>
    randomHistory(random, now, count, currencies, () => String(++lastTransactionId));
  return {
    history,
    client: (fields) => ({
      email: null,
      phone: null,
      name: null,
      coupons: [],
      ...fields,
      balance: fields.balance ?? { points: random.int(0, 500_000), rubles: random.int(0, 100_000) },
      history: fields.history ?? history(random.int(3, 25), ['points', 'rubles']),
    }),
    coupon: (id, daysAhead) => ({ id, title: random.pick(COUPON_TITLES), expireDate: endOfDay(now, daysAhead) }),
  };
}

/** The clients DEMO describes. */
function specialClients(make: FixtureMaker): SimClient[] {
  const { single, sharedPhone, nulls, nullName, couponHolder, bigHistory, unknownCurrency, rich, newcomer } = DEMO;
  const [firstShared, secondShared] = sharedPhone.ids;
  return [
    make.client({
      ...pick(single, 'id', 'phone', 'name', 'email'),
      balance: { points: single.points, rubles: single.rubles },
    }),
    make.client({
      id: firstShared,
      phone: sharedPhone.phone,
      name: 'Ольга Смирнова',
      email: 'olga.smirnova@example.ru',
    }),
    make.client({ id: secondShared, phone: sharedPhone.phone, name: 'Павел Смирнов' }),
    make.client({ id: nulls.id }),
    make.client(pick(nullName, 'id', 'phone', 'email')),
    make.client({
      ...pick(couponHolder, 'id', 'phone'),
      name: 'Мария Кузнецова',
      email: 'maria.kuznetsova@example.ru',
      coupons: [
        make.coupon(couponHolder.expiredCouponId, -1),
        make.coupon(couponHolder.todayCouponId, 0),
        make.coupon(couponHolder.validCouponId, 45),
      ],
    }),
    make.client({
      ...pick(bigHistory, 'id', 'phone'),
      name: 'Алексей Волков',
      email: 'aleksey.volkov@example.ru',
      history: make.history(bigHistory.entries, ['points', 'rubles']),
    }),
    make.client({
      ...pick(unknownCurrency, 'id', 'phone'),
      name: 'Екатерина Орлова',
      email: 'ekaterina.orlova@example.ru',
      balance: { points: 250_000, rubles: 50_000, [unknownCurrency.currency]: unknownCurrency.amount },
      history: make.history(12, ['points', 'rubles', unknownCurrency.currency]),
    }),
    make.client({
      ...pick(DEMO.countryCode7, 'id', 'phone'),
      name: 'Дмитрий Соколов',
      email: 'dmitry.sokolov@example.ru',
    }),
    make.client({ ...pick(DEMO.countryCode8, 'id', 'phone'), name: 'Наталья Лебедева' }),
    make.client({
      ...pick(rich, 'id', 'phone'),
      name: 'Николай Фёдоров',
      email: 'nikolay.fedorov@example.ru',
      balance: { points: rich.points, rubles: rich.rubles },
      coupons: rich.couponIds.map((id) => make.coupon(id, 60)),
    }),
    make.client({
      ...pick(newcomer, 'id', 'phone'),
      name: 'Дарья Новикова',
      email: 'darya.novikova@example.ru',
      balance: { points: 0, rubles: 0 },
      history: [],
    }),
  ];
}

function pick<T extends object, K extends keyof T>(source: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as Pick<T, K>;
}

/** The last millisecond of the local day `daysAhead` days from `now` (negative: in the past). */
function endOfDay(now: number, daysAhead: number): number {
  const today = new Date(now);
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() + daysAhead + 1).getTime() - 1;
}

/** A 10-digit phone "79…" whose last four digits no other demo client has. */
function uniqueSuffixPhone(random: Random, taken: Set<string>): string {
  for (;;) {
    const phone = `79${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
    const suffix = phone.slice(-4);
    if (!taken.has(suffix)) {
      taken.add(suffix);
      return phone;
    }
  }
}

/**
 * `count` entries, oldest first, ending an hour before `now`: mostly accruals, some write-offs
 * (negative), gaps of up to two hours and now and then none, so equal timestamps occur.
 */
function randomHistory(
  random: Random,
  now: number,
  count: number,
  currencies: readonly string[],
  nextTransactionId: () => string,
): HistoryEntry[] {
  const dates: number[] = [];
  let date = now - HOUR;
  while (dates.length < count) {
    dates.push(date);
    if (!random.chance(0.02)) date -= random.int(1, 2 * HOUR);
  }
  return dates.reverse().map((transactionDate) => ({
    amount: random.chance(0.7) ? random.int(100, 50_000) : -random.int(100, 30_000),
    currency: random.pick(currencies),
    transactionDate,
    transactionId: nextTransactionId(),
  }));
}
