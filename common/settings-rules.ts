// The settings' rules as plain functions and limits, with no schema library: the main side's zod schemas are built from
// them, and the window checks a form with the same rules without shipping zod to the page.
import type { SettingsField, SettingsFields } from './settings';

export const MIN_TIMEOUT_MS = 1_000;
export const MAX_TIMEOUT_MS = 60_000;
export const MAX_SECRET_LENGTH = 4_096;

/** The whole-number settings and the range each may take, shared by the stored schema, the form and provisioning. */
export const NUMBER_RANGES = {
  timeoutMs: { min: MIN_TIMEOUT_MS, max: MAX_TIMEOUT_MS },
  // What one point is worth, in kopecks: from 0,01 ₽ to 1 000 ₽ a point.
  pointValueKopecks: { min: 1, max: 100_000 },
  // How long the till waits without input before it forgets the customer.
  idleMinutes: { min: 1, max: 60 },
  // How long a write-off in doubt holds the customer while the account is watched: real back ends need minutes.
  watchMinutes: { min: 2, max: 120 },
  // How long the reads of a write-off in doubt may keep failing before a manager must look.
  readFailureMinutes: { min: 1, max: 60 },
} as const;

export type NumberSetting = keyof typeof NUMBER_RANGES;

/** The till's settings' defaults: a point is a ruble, two minutes idle, ten minutes of watching, three of failing reads. */
export const TILL_DEFAULTS = {
  pointValueKopecks: 100,
  idleMinutes: 2,
  watchMinutes: 10,
  readFailureMinutes: 3,
} as const;

export function isInRange(setting: NumberSetting, value: number): boolean {
  const { min, max } = NUMBER_RANGES[setting];
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Header names an API key may travel in: a token per RFC 9110, and none that fetch or HTTP reserve for themselves. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;
const RESERVED_HEADERS = new Set([
  'host',
  'content-length',
  'content-type',
  'connection',
  'transfer-encoding',
  'cookie',
  'authorization',
]);

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
  return (
    schemeAllowed &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === ''
  );
}

/** The longest text each field may hold, after trimming. */
export const MAX_LENGTHS = {
  baseUrl: 2_000,
  login: 200,
  apiKeyHeader: 64,
  terminalId: 64,
  storeName: 200,
  updateUrl: 2_000,
  proxyUrl: 2_000,
  // A store's own authority and an intermediate or two: a few kilobytes each.
  caCertificates: 65_536,
} as const;

/** The cross-field rules, shared by the form, the save call and provisioning. */
export function checkSettingsFields(
  fields: SettingsFields,
  addIssue: (field: SettingsField, message: string) => void,
): void {
  if (fields.baseUrl !== '' && !isAllowedApiUrl(fields.baseUrl))
    addIssue('baseUrl', 'must be an https address (plain http only to this computer)');
  if (fields.mode === 'live' && fields.baseUrl === '') addIssue('baseUrl', 'is required in live mode');
  if (fields.scheme === 'basic' && fields.login === '') addIssue('login', 'is required for Basic authentication');
  if (fields.scheme === 'apiKey' && !isValidHeaderName(fields.apiKeyHeader))
    addIssue('apiKeyHeader', 'is not a usable header name');
  if (!isAllowedUpdateUrl(fields.updateUrl))
    addIssue('updateUrl', 'must be an https address, or empty for no automatic updates');
  if (!isReadFailureWithinWatch(fields)) addIssue('readFailureMinutes', 'must not be longer than the watch period');
  checkNetworkFields(fields, addIssue);
}

/**
 * Reads failing for longer than the whole watch period would never turn a silent server into a manager's case in
 * time, so the read-failure time may not be longer than the watch period.
 */
export function isReadFailureWithinWatch(till: Pick<SettingsFields, 'readFailureMinutes' | 'watchMinutes'>): boolean {
  return till.readFailureMinutes <= till.watchMinutes;
}

// ── The network: a proxy and extra certificate authorities for the loyalty API ──

/**
 * A proxy the loyalty client goes through: `http://host:port` (or https://), nothing after the port. No login in it:
 * the address is kept in plain settings and shown in the window, where no credential belongs. Empty: the system's.
 */
export function isAllowedProxyUrl(text: string): boolean {
  if (text === '') return true;
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  const bare =
    url.username === '' && url.password === '' && url.pathname === '/' && url.search === '' && url.hash === '';
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && bare;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----/g;

/** Each certificate in a PEM text, in order. */
export function pemCertificates(text: string): string[] {
  return text.match(PEM_CERTIFICATE) ?? [];
}

/** Empty, or PEM certificates and nothing else but blank space between them. */
export function isPemCertificates(text: string): boolean {
  return text === '' || (pemCertificates(text).length > 0 && text.replace(PEM_CERTIFICATE, '').trim() === '');
}

function checkNetworkFields(
  fields: Pick<SettingsFields, 'proxyUrl' | 'caCertificates'>,
  addIssue: (field: SettingsField, message: string) => void,
): void {
  if (!isAllowedProxyUrl(fields.proxyUrl))
    addIssue('proxyUrl', "must be http://host:port of a proxy (no login in it), or empty for the system's");
  if (!isPemCertificates(fields.caCertificates))
    addIssue('caCertificates', 'must be certificates in PEM form (-----BEGIN CERTIFICATE-----), or empty');
}

/** Updates are fetched over HTTPS only, since the update server decides what code the terminal runs next; empty turns them off. */
export function isAllowedUpdateUrl(text: string): boolean {
  return text === '' || (URL.canParse(text) && new URL(text).protocol === 'https:');
}
