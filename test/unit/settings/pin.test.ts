// The manager PIN: scrypt hash and check, the growing lockout under a controlled clock, set-once, and the unlocked session.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PosFailure } from '../../../common/failure';
import { hashPin, isPinHash, verifyPin } from '../../../electron/settings/pin-hash';
import { createPinLock, FREE_ATTEMPTS, lockoutAfter, UNLOCK_TTL_MS } from '../../../electron/settings/pin-lock';
import { createVault, destinationOf, type Vault } from '../../../electron/settings/vault';
import { VALID_FORM } from '../../support/settings-form';
import { createTestEncryptor } from '../../support/test-encryptor';

describe('pin hash', () => {
  it('verifies the PIN it was made from and nothing else', async () => {
    const stored = await hashPin('4821');
    expect(isPinHash(stored)).toBe(true);
    expect(stored).not.toContain('4821');
    expect(await verifyPin('4821', stored)).toBe(true);
    expect(await verifyPin('4822', stored)).toBe(false);
    expect(await verifyPin('48210', stored)).toBe(false);
  });

  it('salts: the same PIN hashes differently each time', async () => {
    const [a, b] = await Promise.all([hashPin('1234'), hashPin('1234')]);
    expect(a).not.toBe(b);
    expect(await verifyPin('1234', a)).toBe(true);
    expect(await verifyPin('1234', b)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['another algorithm', 'bcrypt$12$abc'],
    ['a cost too high to afford', `scrypt$${2 ** 24}$8$1$${'A'.repeat(24)}$${'B'.repeat(44)}`],
    ['a cost too low to protect', `scrypt$1024$8$1$${'A'.repeat(24)}$${'B'.repeat(44)}`],
    ['N not a power of two', `scrypt$30000$8$1$${'A'.repeat(24)}$${'B'.repeat(44)}`],
  ])('refuses %s as a stored hash', async (_what, stored) => {
    expect(isPinHash(stored)).toBe(false);
    expect(await verifyPin('1234', stored)).toBe(false);
  });
});

describe('lockoutAfter', () => {
  it('forgives the first attempts, then doubles from 5 s up to an hour', () => {
    const delays = Array.from({ length: 16 }, (_, index) => lockoutAfter(index + 1));
    expect(delays.slice(0, FREE_ATTEMPTS)).toEqual([0, 0, 0]);
    expect(delays.slice(FREE_ATTEMPTS, FREE_ATTEMPTS + 4)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(Math.max(...delays)).toBe(3_600_000);
    for (let index = 1; index < delays.length; index++)
      expect(delays[index]).toBeGreaterThanOrEqual(delays[index - 1]!);
  });
});

describe('createPinLock', () => {
  let dir: string;
  let store: Vault;
  let clock: number;
  const now = () => clock;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pin-lock-'));
    store = createVault(path.join(dir, 'credentials.json'), createTestEncryptor());
    clock = 1_000_000;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('has no PIN at first, sets one once, and unlocks with it', async () => {
    const lock = createPinLock(store, now);
    expect(lock.status()).toEqual({ pinSet: false, retryAfterMs: 0 });
    await expect(lock.unlock('1234')).rejects.toBeInstanceOf(PosFailure);
    await lock.setPin('1234');
    expect(lock.status()).toEqual({ pinSet: true, retryAfterMs: 0 });
    expect(() => lock.requireUnlocked()).not.toThrow();
    await expect(lock.setPin('9999')).rejects.toMatchObject({ code: 'forbidden' });
    lock.lock();
    expect(() => lock.requireUnlocked()).toThrow(PosFailure);
    expect(await lock.unlock('1234')).toEqual({ unlocked: true });
  });

  it('refuses a first PIN while a secret is stored: a provisioned terminal without a PIN belongs to no window', async () => {
    store.writeSecret('provisioned-secret', destinationOf(VALID_FORM), { acceptPlainText: false });
    const lock = createPinLock(store, now);
    await expect(lock.setPin('1234')).rejects.toMatchObject({ code: 'forbidden' });
    expect(() => lock.requireUnlocked()).toThrow(PosFailure);
    lock.replaceHash(await hashPin('5555'));
    expect(await lock.unlock('5555')).toEqual({ unlocked: true });
  });

  it('stores only the hash, and not in the clear on disk', async () => {
    await createPinLock(store, now).setPin('73519');
    const record = store.readPin();
    expect(record.hash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(record)).not.toContain('73519');
  });

  it('slows wrong attempts down progressively, refusing even the right PIN while locked out', async () => {
    const lock = createPinLock(store, now);
    await lock.setPin('1234');
    lock.lock();
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt++)
      expect(await lock.unlock('0000')).toEqual({ unlocked: false, retryAfterMs: 0 });
    expect(await lock.unlock('0000')).toEqual({ unlocked: false, retryAfterMs: 5_000 });
    expect(await lock.unlock('1234')).toEqual({ unlocked: false, retryAfterMs: 5_000 });
    clock += 4_999;
    expect(await lock.unlock('1234')).toEqual({ unlocked: false, retryAfterMs: 1 });
    expect(lock.status().retryAfterMs).toBe(1);
    clock += 1;
    expect(await lock.unlock('0000')).toEqual({ unlocked: false, retryAfterMs: 10_000 });
    clock += 10_000;
    expect(await lock.unlock('1234')).toEqual({ unlocked: true });
    // A success forgives the past: the next slip is free again.
    lock.lock();
    expect(await lock.unlock('0000')).toEqual({ unlocked: false, retryAfterMs: 0 });
  });

  it('keeps the lockout across a restart (a new lock on the same store)', async () => {
    const first = createPinLock(store, now);
    await first.setPin('1234');
    for (let attempt = 0; attempt <= FREE_ATTEMPTS; attempt++) await first.unlock('0000');
    const restarted = createPinLock(store, now);
    expect(restarted.status().retryAfterMs).toBe(5_000);
    expect(await restarted.unlock('1234')).toMatchObject({ unlocked: false });
  });

  it('counts parallel guesses one by one, so a burst cannot outrun the lockout', async () => {
    const lock = createPinLock(store, now);
    await lock.setPin('1234');
    lock.lock();
    const guesses = await Promise.all(Array.from({ length: 8 }, (_, index) => lock.unlock(String(1000 + index))));
    expect(guesses.filter((guess) => guess.unlocked)).toEqual([]);
    expect(store.readPin().failures).toBe(FREE_ATTEMPTS + 1);
    expect(await lock.unlock('1234')).toMatchObject({ unlocked: false });
  });

  it('locks again a fixed time after the PIN; settings calls do not extend it', async () => {
    const lock = createPinLock(store, now);
    await lock.setPin('1234');
    // A window calling every minute (the attack kept one unlock open for a day) gains nothing: the end is fixed.
    for (let minute = 1; minute < UNLOCK_TTL_MS / 60_000; minute++) {
      clock += 60_000;
      lock.requireUnlocked();
    }
    clock += 60_000;
    expect(() => lock.requireUnlocked()).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  it('takes a provisioned hash, forgiving the lockout and locking the settings', async () => {
    const lock = createPinLock(store, now);
    await lock.setPin('1234');
    for (let attempt = 0; attempt <= FREE_ATTEMPTS; attempt++) await lock.unlock('0000');
    lock.replaceHash(await hashPin('5555'));
    expect(lock.status()).toEqual({ pinSet: true, retryAfterMs: 0 });
    expect(() => lock.requireUnlocked()).toThrow(PosFailure);
    expect(await lock.unlock('1234')).toMatchObject({ unlocked: false });
    expect(await lock.unlock('5555')).toEqual({ unlocked: true });
  });
});
