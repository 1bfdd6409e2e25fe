// The settings calls behind the PIN, and what the rest of the main side reads from the settings: the connection and the known secrets.
import { hostname } from 'node:os';
import type { AuthConfig } from '../loyalty/auth';
import type { ConnectionState } from '../loyalty/connect';
import type { NetworkSettings } from '../loyalty/network';
import { PosFailure } from '../ipc/failure';
import { connectionSchema } from './connection';
import { testConnection } from './connection-test';
import type { PinLock } from './pin-lock';
import type { SettingsStore } from './settings-store';
import { checkSettingsFields } from './settings-rules';
import {
  type ConnectionTestResult,
  type Language,
  type PinStatus,
  type ProvisioningStatus,
  type SaveResult,
  type SettingsFields,
  type SettingsForm,
  type SettingsView,
  type UnlockResult,
} from './terminal-settings';
import type { Vault } from './vault';

export interface SettingsServiceOptions {
  store: SettingsStore;
  vault: Vault;
  pinLock: PinLock;
  /** What the last provisioning run said, shown to the manager in the settings. */
  provisioningReport?: () => ProvisioningStatus | null;
}

export interface SettingsCalls {
  pinStatus(): Promise<PinStatus>;
  setPin(input: { pin: string }): Promise<UnlockResult>;
  unlockSettings(input: { pin: string }): Promise<UnlockResult>;
  lockSettings(): Promise<{ locked: true }>;
  getSettings(): Promise<SettingsView>;
  saveSettings(form: SettingsForm): Promise<SaveResult>;
  testConnection(form: SettingsForm): Promise<ConnectionTestResult>;
}

export interface SettingsService {
  calls: SettingsCalls;
  /** The connection the loyalty client should use now; training mode when the stored settings are not usable for live. */
  connectionState(): ConnectionState;
  language(): Language;
  /** Names this terminal in the write-off journal: the manager's terminal id, or the computer's name until one is set. */
  terminalId(): string;
  /** Every form the stored secret could take in a message or a header, for redaction. */
  knownSecrets(): string[];
  /** Forget the cached secret after something else (provisioning) wrote the vault. */
  reloadSecret(): void;
}

/** The request credentials for the settings and a secret; a scheme whose secret is missing sends none, and the server says so. */
export function authConfigOf(fields: Pick<SettingsFields, 'scheme' | 'login' | 'apiKeyHeader'>, secret: string | null): AuthConfig {
  switch (fields.scheme) {
    case 'bearer':
      return secret ? { scheme: 'bearer', token: secret } : { scheme: 'none' };
    case 'basic':
      return { scheme: 'basic', login: fields.login, password: secret ?? '' };
    case 'apiKey':
      return secret ? { scheme: 'apiKey', header: fields.apiKeyHeader, key: secret } : { scheme: 'none' };
    case 'none':
      return { scheme: 'none' };
  }
}

/** The proxy and extra certificate authorities, as the loyalty client takes them. */
function networkOf({ proxyUrl, caCertificates }: Pick<SettingsFields, 'proxyUrl' | 'caCertificates'>): NetworkSettings {
  return { proxyUrl, caCertificates };
}

function isUsable(fields: SettingsFields): boolean {
  let usable = true;
  checkSettingsFields(fields, () => (usable = false));
  return usable;
}

export function createSettingsService({ store, vault, pinLock, provisioningReport = () => null }: SettingsServiceOptions): SettingsService {
  // Decrypted once and kept in this process: safeStorage may ask the OS keyring, which is slow and can prompt.
  let secret: string | null | undefined;
  const storedSecret = () => (secret === undefined ? (secret = vault.read()) : secret);

  return {
    calls: {
      pinStatus: async () => pinLock.status(),
      async setPin({ pin }) {
        await pinLock.setPin(pin);
        return { unlocked: true };
      },
      unlockSettings: ({ pin }) => pinLock.unlock(pin),
      async lockSettings() {
        pinLock.lock();
        return { locked: true };
      },
      async getSettings() {
        pinLock.requireUnlocked();
        return { ...store.readFields(), secretSet: vault.hasSecret(), secretStorage: vault.storage(), provisioning: provisioningReport() };
      },
      async saveSettings(form) {
        pinLock.requireUnlocked();
        const replacesSecret = form.scheme !== 'none' && form.secret !== null && form.secret !== '';
        if (replacesSecret && vault.storage() === 'plain-text' && !form.acceptPlainTextSecret) {
          return { saved: false, reason: 'plain-text-storage-not-accepted' };
        }
        // A scheme without a secret, or an emptied secret field, leaves no stale credential on disk.
        if (form.scheme === 'none' || form.secret === '') vault.clear();
        else if (form.secret !== null) vault.write(form.secret, { acceptPlainText: form.acceptPlainTextSecret });
        secret = undefined;
        const { secret: _secret, acceptPlainTextSecret: _accepted, ...fields } = form;
        store.writeFields(fields);
        return { saved: true };
      },
      async testConnection(form) {
        pinLock.requireUnlocked();
        if (form.baseUrl === '') throw new PosFailure('invalid-input', 'Enter the API address to test');
        const auth = authConfigOf(form, form.secret ?? storedSecret());
        return testConnection({ baseUrl: form.baseUrl, auth, timeoutMs: form.timeoutMs, network: networkOf(form) });
      },
    },
    connectionState() {
      const fields = store.readFields();
      const connection = isUsable(fields) ? { mode: fields.mode, baseUrl: fields.baseUrl, timeoutMs: fields.timeoutMs } : connectionSchema.parse({});
      return { connection, auth: authConfigOf(fields, storedSecret()), network: networkOf(fields) };
    },
    language: () => store.readFields().language,
    terminalId: () => store.readFields().terminalId || hostname(),
    knownSecrets() {
      const current = storedSecret();
      if (!current) return [];
      const { login } = store.readFields();
      return [current, encodeURIComponent(current), Buffer.from(`${login}:${current}`, 'utf8').toString('base64')];
    },
    reloadSecret() {
      secret = undefined;
    },
  };
}
