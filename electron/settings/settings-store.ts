// The terminal's non-secret settings in electron-store (conf in tests): one zod schema for reading, and its JSON Schema for the store.
import { z } from 'zod';
import { connectionSchema } from './connection';
import { installationSchema } from './installation';
import { AUTH_SCHEMES, isAllowedProxyUrl, isPemCertificates, LANGUAGES, MAX_LENGTHS } from './settings-rules';
import { readPart } from './stored-part';
import type { SettingsFields } from './terminal-settings';

/** What electron-store and conf have in common, and all this module needs. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const authSettingsSchema = z.object({
  scheme: z.enum(AUTH_SCHEMES).default('none'),
  login: z.string().max(200).default(''),
  apiKeyHeader: z.string().max(64).default('X-Api-Key'),
});

const terminalSchema = z.object({
  terminalId: z.string().max(64).default(''),
  storeName: z.string().max(200).default(''),
});

/** The proxy and extra certificate authorities of the loyalty API's network (issue 12); empty: the system's alone. */
const networkSchema = z.object({
  proxyUrl: z.string().max(MAX_LENGTHS.proxyUrl).refine(isAllowedProxyUrl).default(''),
  caCertificates: z.string().max(MAX_LENGTHS.caCertificates).refine(isPemCertificates).default(''),
});

const pinRecordSchema = z.object({
  /** The scrypt hash string of pin-hash.ts, or null before a manager chose a PIN. */
  hash: z.string().max(300).nullable().default(null),
  /** Wrong attempts in a row; kept on disk so restarting the app does not reset the lockout. */
  failures: z.number().int().min(0).default(0),
  lockedUntil: z.number().min(0).default(0),
});

export type PinRecord = z.infer<typeof pinRecordSchema>;

const storedSchema = z.object({
  connection: connectionSchema,
  auth: authSettingsSchema,
  terminal: terminalSchema,
  language: z.enum(LANGUAGES).default('ru'),
  installation: installationSchema,
  network: networkSchema,
  managerPin: pinRecordSchema,
  /** SHA-256 of the provisioning file last applied, so an unchanged file is not applied again on every start. */
  provisionedDigest: z.string().max(128).default(''),
});

/** The `schema` option of electron-store / conf: the properties of the stored object, as JSON Schema (draft 2020-12). */
export const STORE_SCHEMA = z.toJSONSchema(storedSchema, { io: 'input', target: 'draft-2020-12' }).properties as Record<string, object>;

export interface SettingsStore {
  readFields(): SettingsFields;
  writeFields(fields: SettingsFields): void;
  readPin(): PinRecord;
  writePin(record: PinRecord): void;
  provisionedDigest(): string;
  setProvisionedDigest(digest: string): void;
}

export function createSettingsStore(store: KeyValueStore): SettingsStore {
  function readStoredFields(): SettingsFields {
    const auth = readPart(authSettingsSchema, store.get('auth'));
    const language = z.enum(LANGUAGES).safeParse(store.get('language'));
    return {
      ...readPart(connectionSchema, store.get('connection')),
      ...auth,
      ...readPart(terminalSchema, store.get('terminal')),
      language: language.success ? language.data : 'ru',
      ...readPart(installationSchema, store.get('installation')),
      ...readPart(networkSchema, store.get('network')),
    };
  }
  // Every call to the loyalty API asks for the connection, and each store.get reads and validates the whole file:
  // the fields are read once and kept, and every change goes through writeFields below, which drops them to be read anew.
  let fields: SettingsFields | undefined;
  return {
    readFields: () => (fields ??= readStoredFields()),
    writeFields(next) {
      const { mode, baseUrl, timeoutMs, scheme, login, apiKeyHeader, terminalId, storeName, language, kiosk, startAtLogin, updateUrl, proxyUrl, caCertificates } = next;
      store.set('connection', { mode, baseUrl, timeoutMs });
      store.set('auth', { scheme, login, apiKeyHeader });
      store.set('terminal', { terminalId, storeName });
      store.set('language', language);
      store.set('installation', { kiosk, startAtLogin, updateUrl });
      store.set('network', { proxyUrl, caCertificates });
      fields = undefined;
    },
    readPin: () => readPart(pinRecordSchema, store.get('managerPin')),
    writePin: (record) => store.set('managerPin', record),
    provisionedDigest: () => readPart(storedSchema.shape.provisionedDigest, store.get('provisionedDigest')),
    setProvisionedDigest: (digest) => store.set('provisionedDigest', digest),
  };
}
