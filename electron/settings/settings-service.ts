// The settings calls behind the PIN, and what the rest of the main side reads from the settings: the connection and the known secrets.
import { hostname } from 'node:os';
import type { AuthConfig } from '../loyalty/auth';
import type { ConnectionState } from '../loyalty/connect';
import type { NetworkSettings } from '../loyalty/network';
import { PosFailure } from '../../common/failure';
import { secretForms } from '../security/redact';
import { UPDATE_PUBLISHERS } from '../updates/publisher';
import { connectionSchema } from './connection';
import type { InstallationSettings } from './installation';
import { testConnection } from './connection-test';
import type { PinLock } from './pin-lock';
import type { SettingsStore } from './settings-store';
import { checkSettingsFields } from '../../common/settings-rules';
import type {
  ConnectionTestResult,
  Language,
  PinStatus,
  ProvisioningStatus,
  SaveResult,
  SettingsFields,
  SettingsForm,
  SettingsView,
  UnlockResult,
} from '../../common/settings';
import type { TillSettings } from './till';
import { destinationOf, sameDestination, type Vault } from './vault';

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
  /** Kiosk, start at login and the update address, as sealed in the settings (defaults when the file is refused). */
  installation(): InstallationSettings;
  /** The till's settings (point value, idle time, settling times), as sealed; the defaults when the file is refused. */
  till(): TillSettings;
  /** Locks the settings: the shell calls it when the window is hidden or loses focus. */
  lock(): void;
}

/** The request credentials for the settings and a secret; a scheme whose secret is missing sends none, and the server says so. */
export function authConfigOf(
  fields: Pick<SettingsFields, 'scheme' | 'login' | 'apiKeyHeader'>,
  secret: string | null,
): AuthConfig {
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

/**
 * The secret a form may use: the one it carries, else the stored one only when the form names the destination that
 * secret was given for. A form naming another address, scheme, login or header gets none: the secret must be typed again.
 */
function formSecret(form: SettingsForm, vault: Vault): { secret: string | null; mustRetype: boolean } {
  if (form.secret !== null && form.secret !== '') return { secret: form.secret, mustRetype: false };
  const stored = vault.destination();
  const mustRetype =
    form.secret === null && form.scheme !== 'none' && stored !== null && !sameDestination(stored, destinationOf(form));
  return { secret: mustRetype ? null : vault.secretFor(destinationOf(form)), mustRetype };
}

export function createSettingsService({
  store,
  vault,
  pinLock,
  provisioningReport = () => null,
}: SettingsServiceOptions): SettingsService {
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
        return {
          ...store.readFields(),
          secretSet: vault.hasSecret(),
          secretStorage: vault.storage(),
          provisioning: provisioningReport(),
          settingsIntegrity: store.integrity(),
          updatePublisherSet: UPDATE_PUBLISHERS.length > 0,
        };
      },
      async saveSettings(form) {
        pinLock.requireUnlocked();
        const replacesSecret = form.scheme !== 'none' && form.secret !== null && form.secret !== '';
        if (replacesSecret && vault.storage() === 'plain-text' && !form.acceptPlainTextSecret) {
          return { saved: false, reason: 'plain-text-storage-not-accepted' };
        }
        if (formSecret(form, vault).mustRetype) return { saved: false, reason: 'secret-must-be-retyped' };
        // A scheme without a secret, or an emptied secret field, leaves no stale credential on disk.
        if (form.scheme === 'none' || form.secret === '') vault.clearSecret();
        else if (form.secret !== null)
          vault.writeSecret(form.secret, destinationOf(form), { acceptPlainText: form.acceptPlainTextSecret });
        const { secret: _secret, acceptPlainTextSecret: _accepted, ...fields } = form;
        store.writeFields(fields);
        return { saved: true };
      },
      async testConnection(form) {
        pinLock.requireUnlocked();
        if (form.baseUrl === '') throw new PosFailure('invalid-input', 'Enter the API address to test');
        const { secret, mustRetype } = formSecret(form, vault);
        if (mustRetype) return { outcome: 'secret-must-be-retyped', elapsedMs: 0 };
        return testConnection({
          baseUrl: form.baseUrl,
          auth: authConfigOf(form, secret),
          timeoutMs: form.timeoutMs,
          network: networkOf(form),
        });
      },
    },
    connectionState() {
      const fields = store.readFields();
      const connection = isUsable(fields)
        ? { mode: fields.mode, baseUrl: fields.baseUrl, timeoutMs: fields.timeoutMs }
        : connectionSchema.parse({});
      return {
        connection,
        auth: authConfigOf(fields, vault.secretFor(destinationOf(fields))),
        network: networkOf(fields),
      };
    },
    lock: () => pinLock.lock(),
    language: () => store.readFields().language,
    terminalId: () => store.readFields().terminalId || hostname(),
    knownSecrets() {
      const current = vault.anySecret();
      if (!current) return [];
      // Basic's base64 with the login the secret was stored with and with the one the settings show (they differ when
      // the settings file was refused and reads as defaults).
      const logins = new Set([vault.destination()?.login ?? '', store.readFields().login]);
      return [...new Set([...logins].flatMap((login) => secretForms(current, login)))];
    },
    installation() {
      const { kiosk, startAtLogin, updateUrl } = store.readFields();
      return { kiosk, startAtLogin, updateUrl };
    },
    till() {
      const { pointValueKopecks, idleMinutes, watchMinutes, readFailureMinutes } = store.readFields();
      return { pointValueKopecks, idleMinutes, watchMinutes, readFailureMinutes };
    },
  };
}
