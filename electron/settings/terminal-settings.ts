// What a manager configures on a terminal, as the window sends and sees it; plain zod, so the window validates with the same rules.
import { z } from 'zod';

export const LANGUAGES = ['ru', 'en'] as const;
export const AUTH_SCHEMES = ['none', 'bearer', 'basic', 'apiKey'] as const;
export const MODES = ['training', 'live'] as const;

export type Language = (typeof LANGUAGES)[number];

export const MIN_TIMEOUT_MS = 1_000;
export const MAX_TIMEOUT_MS = 60_000;
export const MAX_SECRET_LENGTH = 4_096;

/** Header names an API key may travel in: a token per RFC 9110, and none that fetch or HTTP reserve for themselves. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;
const RESERVED_HEADERS = new Set(['host', 'content-length', 'content-type', 'connection', 'transfer-encoding', 'cookie', 'authorization']);

export function isValidHeaderName(name: string): boolean {
  return HEADER_NAME.test(name) && !RESERVED_HEADERS.has(name.toLowerCase());
}

/** Loopback only: a plain-http API on this machine (a local proxy, a test server) never crosses a network. */
function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * An API base URL the terminal may use: https, or http to a loopback address; no credentials, query or fragment in it,
 * because credentials belong in the vault and the client appends the API's paths to it.
 */
export function isAllowedApiUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  const schemeAllowed = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  return schemeAllowed && url.hostname !== '' && url.username === '' && url.password === '' && url.search === '' && url.hash === '';
}

/** The non-secret part of the terminal's settings, as stored and as shown. */
export const settingsFieldsSchema = z.strictObject({
  mode: z.enum(MODES),
  baseUrl: z.string().trim().max(2_000),
  timeoutMs: z.number().int().min(MIN_TIMEOUT_MS).max(MAX_TIMEOUT_MS),
  scheme: z.enum(AUTH_SCHEMES),
  login: z.string().trim().max(200),
  apiKeyHeader: z.string().trim().max(64),
  terminalId: z.string().trim().max(64),
  storeName: z.string().trim().max(200),
  language: z.enum(LANGUAGES),
  // How the terminal runs (taken at the next start): full screen with no frame, start at login, where updates come from.
  kiosk: z.boolean(),
  startAtLogin: z.boolean(),
  updateUrl: z.string().trim().max(2_000),
});

export type SettingsFields = z.infer<typeof settingsFieldsSchema>;

/** The field a rule is about, so the window can point at it. */
export type SettingsField = keyof SettingsFields | 'secret';

/** The cross-field rules, shared by the form, the save call and provisioning. */
export function checkSettingsFields(fields: SettingsFields, addIssue: (field: SettingsField, message: string) => void): void {
  if (fields.baseUrl !== '' && !isAllowedApiUrl(fields.baseUrl)) addIssue('baseUrl', 'must be an https address (plain http only to this computer)');
  if (fields.mode === 'live' && fields.baseUrl === '') addIssue('baseUrl', 'is required in live mode');
  if (fields.scheme === 'basic' && fields.login === '') addIssue('login', 'is required for Basic authentication');
  if (fields.scheme === 'apiKey' && !isValidHeaderName(fields.apiKeyHeader)) addIssue('apiKeyHeader', 'is not a usable header name');
  if (!isAllowedUpdateUrl(fields.updateUrl)) addIssue('updateUrl', 'must be an https address, or empty for no automatic updates');
}

/** Updates are fetched over HTTPS only, since the update server decides what code the terminal runs next; empty turns them off. */
export function isAllowedUpdateUrl(text: string): boolean {
  return text === '' || (URL.canParse(text) && new URL(text).protocol === 'https:');
}

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

/** What the window sees of the settings: never the secret, only whether one is set. */
export interface SettingsView extends SettingsFields {
  secretSet: boolean;
  secretStorage: SecretStorage;
  provisioning: ProvisioningReport | null;
}

export const pinSchema = z.string().regex(/^\d{4,8}$/, { error: 'must be 4 to 8 digits' });

export interface PinStatus {
  pinSet: boolean;
  /** How long until another attempt is accepted (ms); 0 when one may be made now. */
  retryAfterMs: number;
}

export type UnlockResult = { unlocked: true } | { unlocked: false; retryAfterMs: number };

export type SaveResult = { saved: true } | { saved: false; reason: 'plain-text-storage-not-accepted' };

export type ConnectionTestOutcome = 'works' | 'wrong-credentials' | 'unreachable' | 'timeout' | 'not-this-api' | 'server-error';

export interface ConnectionTestResult {
  outcome: ConnectionTestOutcome;
  /** How long the request took (ms). */
  elapsedMs: number;
}
