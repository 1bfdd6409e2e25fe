// Large client sets for stress tests (NOTES.md §8: a short pattern may match 100,000 clients).

import { randomPerson } from './names';
import { createRandom } from './prng';
import type { SimClient, SimData } from './types';

/**
 * Facts about `generateClients` output. Every phone is "7" + a five-digit serial + "0000", so the
 * suffix pattern `%0000` (what the app sends for the digits "0000") matches every generated
 * client; phones repeat only past 100,000 clients. E-mail addresses, where present, end in
 * "@bulk.example".
 */
export const BULK = {
  phonePattern: '%0000',
  emailDomain: 'bulk.example',
  firstId: 2_000_001,
  uniquePhones: 100_000,
} as const;

/** `count` clients with balances but no coupons or history; the same seed gives the same clients. */
export function generateClients(count: number, seed = 1): SimData {
  const random = createRandom(seed);
  const clients = Array.from({ length: count }, (_, index): SimClient => {
    const id = BULK.firstId + index;
    const person = randomPerson(random);
    return {
      id,
      email: random.chance(0.2) ? null : `${person.latin}.${id}@${BULK.emailDomain}`,
      phone: `7${String(index % BULK.uniquePhones).padStart(5, '0')}0000`,
      name: person.name,
      balance: { points: random.int(0, 1_000_000), rubles: random.int(0, 200_000) },
      coupons: [],
      history: [],
    };
  });
  return { clients };
}
