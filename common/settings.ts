// The terminal's settings as the window sends and sees them: plain types both sides share. The main side's zod schemas
// (electron/settings/terminal-settings.ts) are checked against them, and the rules both sides apply are in settings-rules.ts.

export const LANGUAGES = ['ru', 'en'] as const;
export const AUTH_SCHEMES = ['none', 'bearer', 'basic', 'apiKey'] as const;
export const MODES = ['training', 'live'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The non-secret part of the terminal's settings, as stored and as shown. */
export interface SettingsFields {
  mode: (typeof MODES)[number];
  baseUrl: string;
  timeoutMs: number;
  scheme: (typeof AUTH_SCHEMES)[number];
  login: string;
  apiKeyHeader: string;
  terminalId: string;
  storeName: string;
  language: Language;
  // How the terminal runs (taken at the next start): full screen with no frame, start at login, where updates come from.
  kiosk: boolean;
  startAtLogin: boolean;
  updateUrl: string;
  // The network to the loyalty API: a proxy, and the store's own certificate authorities (PEM).
  proxyUrl: string;
  caCertificates: string;
  // The till: what a point is worth (kopecks), and when an idle till forgets the customer (minutes).
  pointValueKopecks: number;
  idleMinutes: number;
  // Settling a write-off in doubt: how long it is watched, and how long failing reads are borne (minutes).
  watchMinutes: number;
  readFailureMinutes: number;
}

/** The field a rule is about, so the window can point at it. */
export type SettingsField = keyof SettingsFields | 'secret';

/** What the window sends to save or to test: the fields, a replacement secret (null keeps the stored one), and consent to weak storage. */
export interface SettingsForm extends SettingsFields {
  secret: string | null;
  acceptPlainTextSecret: boolean;
}

/** How the secret would be kept on this machine: encrypted by the OS, or (Linux without a keyring, or no encryption) readable by anyone who copies the file. */
export type SecretStorage = 'encrypted' | 'plain-text';

/** What the last provisioning run did, for the manager to read. */
export interface ProvisioningReport {
  file: string;
  /** `unchanged`: the same file was applied on an earlier start and is not applied again. */
  outcome: 'applied' | 'unchanged' | 'invalid';
  /** What is wrong with the file, one readable line each; empty unless invalid. */
  problems: string[];
  /** Whether the secret could be removed from the file; null when the file had none. */
  secretRemovedFromFile: boolean | null;
}

/** The last provisioning run, and what the file holds now: read again on every start. */
export interface ProvisioningStatus extends ProvisioningReport {
  /** The file still holds the API secret or a plain manager PIN, readable by whoever can read the file. */
  secretStillInFile: boolean;
}

/** What the window sees of the settings: never the secret, only whether one is set. */
export interface SettingsView extends SettingsFields {
  secretSet: boolean;
  secretStorage: SecretStorage;
  provisioning: ProvisioningStatus | null;
  /** `refused`: the settings file was changed outside the app, so the terminal runs on defaults (training mode) until a manager saves. */
  settingsIntegrity: 'sealed' | 'refused';
  /** Whether this build names the publisher whose signature an update must carry; without one it never updates itself. */
  updatePublisherSet: boolean;
}

export interface PinStatus {
  pinSet: boolean;
  /** How long until another attempt is accepted (ms); 0 when one may be made now. */
  retryAfterMs: number;
}

export type UnlockResult = { unlocked: true } | { unlocked: false; retryAfterMs: number };

/** `secret-must-be-retyped`: the address, scheme, login or header changed, and the stored secret is never sent elsewhere. */
export type SaveResult =
  { saved: true } | { saved: false; reason: 'plain-text-storage-not-accepted' | 'secret-must-be-retyped' };

export type ConnectionTestOutcome =
  | 'works'
  | 'wrong-credentials'
  | 'unreachable'
  | 'untrusted-certificate'
  | 'timeout'
  | 'not-this-api'
  | 'server-error'
  | 'secret-must-be-retyped';

export interface ConnectionTestResult {
  outcome: ConnectionTestOutcome;
  /** How long the request took (ms). */
  elapsedMs: number;
}

/** What the window needs of the till's settings: what a point is worth (kopecks), and the idle time (minutes). */
export type CashierTill = Pick<SettingsFields, 'pointValueKopecks' | 'idleMinutes'>;
