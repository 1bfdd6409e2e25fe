// What a manager configures on a terminal, as the window sends and sees it: the zod schemas the main side checks, built on settings-rules.
import { z } from 'zod';
import { AUTH_SCHEMES, checkSettingsFields, LANGUAGES, MAX_LENGTHS, MAX_SECRET_LENGTH, MODES, NUMBER_RANGES, type NumberSetting } from './settings-rules';

export { AUTH_SCHEMES, LANGUAGES, type Language } from './settings-rules';

const wholeNumber = (setting: NumberSetting) => z.number().int().min(NUMBER_RANGES[setting].min).max(NUMBER_RANGES[setting].max);

/** The non-secret part of the terminal's settings, as stored and as shown. */
export const settingsFieldsSchema = z.strictObject({
  mode: z.enum(MODES),
  baseUrl: z.string().trim().max(MAX_LENGTHS.baseUrl),
  timeoutMs: wholeNumber('timeoutMs'),
  scheme: z.enum(AUTH_SCHEMES),
  login: z.string().trim().max(MAX_LENGTHS.login),
  apiKeyHeader: z.string().trim().max(MAX_LENGTHS.apiKeyHeader),
  terminalId: z.string().trim().max(MAX_LENGTHS.terminalId),
  storeName: z.string().trim().max(MAX_LENGTHS.storeName),
  language: z.enum(LANGUAGES),
  // How the terminal runs (taken at the next start): full screen with no frame, start at login, where updates come from.
  kiosk: z.boolean(),
  startAtLogin: z.boolean(),
  updateUrl: z.string().trim().max(MAX_LENGTHS.updateUrl),
  // The network to the loyalty API (issue 12): a proxy, and the store's own certificate authorities (PEM).
  proxyUrl: z.string().trim().max(MAX_LENGTHS.proxyUrl),
  caCertificates: z.string().trim().max(MAX_LENGTHS.caCertificates),
  // The till (issue 13): what a point is worth, and when an idle till forgets the customer.
  pointValueKopecks: wholeNumber('pointValueKopecks'),
  idleMinutes: wholeNumber('idleMinutes'),
  // Settling a write-off in doubt (issue 11): how long it is watched, and how long failing reads are borne.
  watchMinutes: wholeNumber('watchMinutes'),
  readFailureMinutes: wholeNumber('readFailureMinutes'),
});

export type SettingsFields = z.infer<typeof settingsFieldsSchema>;

/** The field a rule is about, so the window can point at it. */
export type SettingsField = keyof SettingsFields | 'secret';

function refineFields(fields: SettingsFields, context: z.RefinementCtx): void {
  checkSettingsFields(fields, (field, message) => context.addIssue({ code: 'custom', path: [field], message }));
}

/** What the window sends to save or to test: the fields, a replacement secret (null keeps the stored one), and consent to weak storage. */
export const settingsFormSchema = settingsFieldsSchema
  .extend({
    secret: z.string().max(MAX_SECRET_LENGTH).nullable(),
    acceptPlainTextSecret: z.boolean(),
  })
  .superRefine(refineFields);

export type SettingsForm = z.infer<typeof settingsFormSchema>;

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

/** The last provisioning run, and what the file holds now (issue 12): read again on every start. */
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

export const pinSchema = z.string().regex(/^\d{4,8}$/, { error: 'must be 4 to 8 digits' });

export interface PinStatus {
  pinSet: boolean;
  /** How long until another attempt is accepted (ms); 0 when one may be made now. */
  retryAfterMs: number;
}

export type UnlockResult = { unlocked: true } | { unlocked: false; retryAfterMs: number };

/** `secret-must-be-retyped`: the address, scheme, login or header changed, and the stored secret is never sent elsewhere. */
export type SaveResult = { saved: true } | { saved: false; reason: 'plain-text-storage-not-accepted' | 'secret-must-be-retyped' };

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
