// The credential vault: the API secret encrypted by the OS (Electron's safeStorage, adapted by the shell) in a file of its own.
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { SecretStorage } from './terminal-settings';

/** What the vault needs of safeStorage; tests pass a real AES encryptor, the shell adapts Electron's. */
export interface Encryptor {
  isAvailable(): boolean;
  /** The Linux key store in use ('gnome_libsecret', 'kwallet', 'basic_text', …); other systems name their own. */
  backend(): string;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/** Chromium's fallback on Linux without a keyring: the key is a constant, so the file is as good as plain text. */
const WEAK_BACKEND = 'basic_text';

const vaultFileSchema = z.strictObject({
  version: z.literal(1),
  /** How `data` is protected: by the OS encryptor, or not at all (stored only after the manager agreed to it). */
  protection: z.enum(['os', 'none']),
  data: z.string().max(64 * 1024),
});

export class VaultError extends Error {
  override readonly name = 'VaultError';
}

export interface Vault {
  storage(): SecretStorage;
  hasSecret(): boolean;
  /** The stored secret, or null when none is stored or it can no longer be decrypted (another user, a new keyring). */
  read(): string | null;
  /** Stores the secret; on plain-text storage only when the manager accepted that (throws VaultError otherwise). */
  write(secret: string, options: { acceptPlainText: boolean }): void;
  clear(): void;
}

export function createVault(file: string, encryptor: Encryptor): Vault {
  const encrypts = () => encryptor.isAvailable();
  const storage = (): SecretStorage => (encrypts() && encryptor.backend() !== WEAK_BACKEND ? 'encrypted' : 'plain-text');

  function load(): z.infer<typeof vaultFileSchema> | null {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = vaultFileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  return {
    storage,
    hasSecret: () => load() !== null,
    read() {
      const stored = load();
      if (!stored) return null;
      const data = Buffer.from(stored.data, 'base64');
      if (stored.protection === 'none') return data.toString('utf8');
      if (!encrypts()) return null;
      try {
        return encryptor.decrypt(data);
      } catch {
        return null;
      }
    },
    write(secret, { acceptPlainText }) {
      if (storage() === 'plain-text' && !acceptPlainText) throw new VaultError('The secret would be stored without real encryption and that was not accepted');
      const protection = encrypts() ? 'os' : 'none';
      const data = protection === 'os' ? encryptor.encrypt(secret) : Buffer.from(secret, 'utf8');
      // Written beside and renamed over, so a crash never leaves half a vault; readable by this user only.
      const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: 1, protection, data: data.toString('base64') }), { mode: 0o600 });
      renameSync(temporary, file);
    },
    clear: () => rmSync(file, { force: true }),
  };
}
