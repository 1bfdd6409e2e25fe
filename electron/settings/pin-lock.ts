// The manager PIN in front of the settings: set once, checked with a growing lockout after wrong attempts, unlocking for a short while.
import { PosFailure } from '../../common/failure';
import { hashPin, verifyPin } from './pin-hash';
import type { PinStatus, UnlockResult } from '../../common/settings';
import type { Vault } from './vault';

/** Typing slips are forgiven: the lockout starts after this many wrong attempts in a row. */
export const FREE_ATTEMPTS = 3;
const FIRST_LOCKOUT_MS = 5_000;
const MAX_LOCKOUT_MS = 60 * 60_000;
/** How long the settings stay open after the PIN, counted from the PIN entry: calls do not extend it. */
export const UNLOCK_TTL_MS = 5 * 60_000;

/** 0 for the free attempts, then 5 s doubling per wrong attempt up to an hour: guessing a 4-digit PIN takes months. */
export function lockoutAfter(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_LOCKOUT_MS * 2 ** (failures - FREE_ATTEMPTS - 1), MAX_LOCKOUT_MS);
}

export interface PinLock {
  status(): PinStatus;
  /**
   * Chooses the first PIN and unlocks; refused once a PIN exists, and refused while a secret is stored (only a
   * provisioning file replaces the PIN then): otherwise whoever called first would own a configured terminal.
   */
  setPin(pin: string): Promise<void>;
  unlock(pin: string): Promise<UnlockResult>;
  lock(): void;
  /** Throws a forbidden PosFailure unless unlocked; never extends the unlocked time (a busy window cannot keep it open). */
  requireUnlocked(): void;
  /** Provisioning's way in: a new hash, the lockout forgiven, the settings locked. */
  replaceHash(hash: string): void;
}

/** Where the PIN record lives: the encrypted vault, beside the secret whose use it guards. */
export type PinStore = Pick<Vault, 'readPin' | 'writePin' | 'hasSecret'>;

export function createPinLock(store: PinStore, now: () => number = Date.now): PinLock {
  let unlockedUntil = 0;
  // Attempts are checked one at a time, so parallel guesses cannot all slip in before the first failure is counted.
  let attempts: Promise<unknown> = Promise.resolve();

  const retryAfter = () => Math.max(0, store.readPin().lockedUntil - now());
  const openSession = () => {
    unlockedUntil = now() + UNLOCK_TTL_MS;
  };

  async function attempt(pin: string): Promise<UnlockResult> {
    const record = store.readPin();
    if (record.hash === null) throw new PosFailure('forbidden', 'No manager PIN is set yet');
    const wait = retryAfter();
    if (wait > 0) return { unlocked: false, retryAfterMs: wait };
    if (await verifyPin(pin, record.hash)) {
      store.writePin({ ...record, failures: 0, lockedUntil: 0 });
      openSession();
      return { unlocked: true };
    }
    const failures = record.failures + 1;
    const lockout = lockoutAfter(failures);
    store.writePin({ ...record, failures, lockedUntil: lockout > 0 ? now() + lockout : 0 });
    return { unlocked: false, retryAfterMs: lockout };
  }

  function serialised<T>(task: () => Promise<T>): Promise<T> {
    const result = attempts.then(task);
    attempts = result.catch(() => undefined);
    return result;
  }

  return {
    status: () => ({ pinSet: store.readPin().hash !== null, retryAfterMs: retryAfter() }),
    setPin: (pin) =>
      serialised(async () => {
        if (store.readPin().hash !== null) throw new PosFailure('forbidden', 'A manager PIN is already set');
        if (store.hasSecret())
          throw new PosFailure('forbidden', 'A secret is stored: only a provisioning file can set the manager PIN');
        store.writePin({ hash: await hashPin(pin), failures: 0, lockedUntil: 0 });
        openSession();
      }),
    unlock: (pin) => serialised(() => attempt(pin)),
    lock() {
      unlockedUntil = 0;
    },
    requireUnlocked() {
      if (now() >= unlockedUntil) throw new PosFailure('forbidden', 'The settings are locked');
    },
    replaceHash(hash) {
      store.writePin({ hash, failures: 0, lockedUntil: 0 });
      unlockedUntil = 0;
    },
  };
}
