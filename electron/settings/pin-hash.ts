// The manager PIN as stored: a salted scrypt hash in one self-describing string, and its constant-time check.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: about 50 ms here, so a stolen hash of a 4-8 digit PIN still costs real time per guess. */
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/** `scrypt$N$r$p$salt$hash` (salt and hash in base64): the parameters travel with the hash so they can be raised later. */
const FORMAT = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/=]{16,64})\$([A-Za-z0-9+/=]{16,128})$/;

function derive(pin: string, salt: Buffer, options: ScryptOptions, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(pin, salt, COST, KEY_LENGTH);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when the string has the stored format with parameters this machine can afford to check. */
export function isPinHash(candidate: string): boolean {
  const match = FORMAT.exec(candidate);
  if (!match) return false;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return (
    N >= 2 ** 14 &&
    N <= 2 ** 20 &&
    (N & (N - 1)) === 0 &&
    r >= 1 &&
    r <= 32 &&
    p >= 1 &&
    p <= 16 &&
    128 * N * r <= COST.maxmem
  );
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (!match || !isPinHash(stored)) return false;
  const expected = Buffer.from(match[5]!, 'base64');
  const options = { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]), maxmem: COST.maxmem };
  const actual = await derive(pin, Buffer.from(match[4]!, 'base64'), options, expected.length);
  return timingSafeEqual(actual, expected);
}
