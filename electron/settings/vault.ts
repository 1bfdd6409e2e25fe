// The credential vault: encrypted by the OS (Electron's safeStorage, adapted by the shell) in a file of its own, it holds
// the API secret with the destination it was given for, the manager PIN record, and the key that seals the settings file.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AUTH_SCHEMES } from '../../common/settings';
import type { SecretStorage, SettingsFields } from '../../common/settings';

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

/** Where a secret may be sent: changing any of these needs the secret typed again. */
export const secretDestinationSchema = z.strictObject({
  /** The API's origin (scheme, host and port); '' when no address was set. */
  origin: z.string().max(2_100),
  scheme: z.enum(AUTH_SCHEMES),
  /** Basic's login; '' for the other schemes. */
  login: z.string().max(200),
  /** The API key's header, lower case; '' for the other schemes. */
  apiKeyHeader: z.string().max(64),
  /**
   * SHA-256 of the manager's extra certificate authorities; '' for none. An authority of one's own, with a proxy that
   * inspects TLS, could read the secret on its way to the right origin, so adding or changing one needs it typed again.
   */
  authorities: z.string().max(64).default(''),
});
export type SecretDestination = z.infer<typeof secretDestinationSchema>;

export const pinRecordSchema = z.strictObject({
  /** The scrypt hash string of pin-hash.ts, or null before a manager chose a PIN. */
  hash: z.string().max(300).nullable(),
  /** Wrong attempts in a row; kept so restarting the app does not reset the lockout. */
  failures: z.number().int().min(0),
  lockedUntil: z.number().min(0),
});
export type PinRecord = z.infer<typeof pinRecordSchema>;
export const NO_PIN: PinRecord = { hash: null, failures: 0, lockedUntil: 0 };

/**
 * The decrypted contents. `vault` marks them so that a file relabelled as the old format (whose data was the secret
 * alone) is never read as a secret: that would send this whole record, the real secret inside, as a token.
 */
const contentsSchema = z.strictObject({
  vault: z.literal('loyalty-desk-2'),
  /** HMAC-SHA256 key sealing the settings file (settings-seal.ts), base64. */
  settingsKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  secret: z
    .strictObject({
      value: z
        .string()
        .min(1)
        .max(64 * 1024),
      destination: secretDestinationSchema,
    })
    .nullable(),
  pin: pinRecordSchema,
});
type Contents = z.infer<typeof contentsSchema>;
const LEGACY_MARK = 'loyalty-desk-2';

const vaultFileSchema = z.strictObject({
  /** 1: the secret alone, before the destination, PIN and key moved in (read once, to migrate); 2: the contents above. */
  version: z.union([z.literal(1), z.literal(2)]),
  /** How `data` is protected: by the OS encryptor, or not at all (the secret only after the manager agreed to it). */
  protection: z.enum(['os', 'none']),
  data: z.string().max(256 * 1024),
});

export class VaultError extends Error {
  override readonly name = 'VaultError';
}

/** `absent`: no file, or one this user cannot decrypt or read; `legacy`: the version 1 file of an older app. */
export type VaultState = 'absent' | 'legacy' | 'current';

export interface Vault {
  storage(): SecretStorage;
  state(): VaultState;
  hasSecret(): boolean;
  /** The stored secret whatever its destination, for redaction only; null when there is none. */
  anySecret(): string | null;
  /** The stored secret only if it was given for exactly this destination; never for another. */
  secretFor(destination: SecretDestination): string | null;
  destination(): SecretDestination | null;
  /** Stores the secret for the destination; on plain-text storage only when the manager accepted that (VaultError otherwise). */
  writeSecret(secret: string, destination: SecretDestination, options: { acceptPlainText: boolean }): void;
  clearSecret(): void;
  readPin(): PinRecord;
  writePin(record: PinRecord): void;
  /** The key that seals the settings file; made (and the vault written) on first use. */
  settingsKey(): Buffer;
  /** A version 1 file's secret, for the one-time migration; null for any other file. */
  legacySecret(): string | null;
  /** Replaces whatever file there is with fresh contents: the migration's and a new terminal's start. */
  initialise(contents: { secret: { value: string; destination: SecretDestination } | null; pin: PinRecord }): void;
}

export function createVault(file: string, encryptor: Encryptor): Vault {
  const encrypts = () => encryptor.isAvailable();
  const storage = (): SecretStorage =>
    encrypts() && encryptor.backend() !== WEAK_BACKEND ? 'encrypted' : 'plain-text';
  // Decrypted once and kept: this process is the file's only writer, and safeStorage may ask a slow OS keyring.
  let cached: { state: VaultState; contents: Contents | null; legacy: string | null } | undefined;

  function decrypt(stored: z.infer<typeof vaultFileSchema>): string | null {
    const data = Buffer.from(stored.data, 'base64');
    if (stored.protection === 'none') return data.toString('utf8');
    if (!encrypts()) return null;
    try {
      return encryptor.decrypt(data);
    } catch {
      return null;
    }
  }

  function load(): NonNullable<typeof cached> {
    let stored: z.infer<typeof vaultFileSchema> | undefined;
    try {
      stored = vaultFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).data;
    } catch {
      stored = undefined;
    }
    const text = stored ? decrypt(stored) : null;
    if (!stored || text === null) return { state: 'absent', contents: null, legacy: null };
    if (stored.version === 1)
      return { state: 'legacy', contents: null, legacy: text.includes(LEGACY_MARK) ? null : text };
    let contents: Contents | undefined;
    try {
      contents = contentsSchema.safeParse(JSON.parse(text)).data;
    } catch {
      contents = undefined;
    }
    return contents ? { state: 'current', contents, legacy: null } : { state: 'absent', contents: null, legacy: null };
  }
  const loaded = () => (cached ??= load());

  function save(contents: Contents): void {
    const protection = encrypts() ? 'os' : 'none';
    const text = JSON.stringify(contents);
    const data = protection === 'os' ? encryptor.encrypt(text) : Buffer.from(text, 'utf8');
    // Written beside and renamed over, so a crash never leaves half a vault; readable by this user only.
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: 2, protection, data: data.toString('base64') }), {
      mode: 0o600,
    });
    renameSync(temporary, file);
    cached = { state: 'current', contents, legacy: null };
  }

  const fresh = (): Contents => ({
    vault: LEGACY_MARK,
    settingsKey: randomBytes(32).toString('base64'),
    secret: null,
    pin: NO_PIN,
  });
  /** The current contents, made fresh (a new key, no secret, no PIN) when there are none. */
  const current = (): Contents => loaded().contents ?? fresh();
  const update = (change: Partial<Contents>) => save({ ...current(), ...change });

  return {
    storage,
    state: () => loaded().state,
    hasSecret: () => loaded().contents?.secret != null,
    anySecret: () => loaded().contents?.secret?.value ?? null,
    secretFor(destination) {
      const secret = loaded().contents?.secret;
      return secret && sameDestination(secret.destination, destination) ? secret.value : null;
    },
    destination: () => loaded().contents?.secret?.destination ?? null,
    writeSecret(secret, destination, { acceptPlainText }) {
      if (storage() === 'plain-text' && !acceptPlainText)
        throw new VaultError('The secret would be stored without real encryption and that was not accepted');
      update({ secret: { value: secret, destination } });
    },
    clearSecret: () => update({ secret: null }),
    readPin: () => loaded().contents?.pin ?? NO_PIN,
    writePin: (record) => update({ pin: record }),
    settingsKey() {
      if (!loaded().contents) save(fresh());
      return Buffer.from(current().settingsKey, 'base64');
    },
    legacySecret: () => loaded().legacy,
    initialise: ({ secret, pin }) => save({ ...fresh(), secret, pin }),
  };
}

export function sameDestination(a: SecretDestination, b: SecretDestination): boolean {
  return (
    a.origin === b.origin &&
    a.scheme === b.scheme &&
    a.login === b.login &&
    a.apiKeyHeader === b.apiKeyHeader &&
    a.authorities === b.authorities
  );
}

/** Where settings would send the secret: the address's origin, the scheme, the login or header name, the extra authorities. */
export function destinationOf(
  fields: Pick<SettingsFields, 'baseUrl' | 'scheme' | 'login' | 'apiKeyHeader' | 'caCertificates'>,
): SecretDestination {
  const authorities = fields.caCertificates.trim();
  return {
    origin: URL.canParse(fields.baseUrl) ? new URL(fields.baseUrl).origin : '',
    scheme: fields.scheme,
    login: fields.scheme === 'basic' ? fields.login : '',
    apiKeyHeader: fields.scheme === 'apiKey' ? fields.apiKeyHeader.toLowerCase() : '',
    authorities: authorities === '' ? '' : createHash('sha256').update(authorities).digest('hex'),
  };
}
