// The terminal's non-secret settings in electron-store (conf in tests), sealed with the vault's key: one zod schema for
// reading, its JSON Schema for the store, and a refusal of any file whose seal does not match.
import { z } from 'zod';
import { connectionSchema } from './connection';
import { installationSchema, readInstallation } from './installation';
import { AUTH_SCHEMES, LANGUAGES } from '../../common/settings';
import { isAllowedProxyUrl, isPemCertificates, MAX_LENGTHS } from '../../common/settings-rules';
import { isSealed, sealOf } from './settings-seal';
import { readPart } from './stored-part';
import { readTill, tillSchema } from './till';
import type { SettingsFields } from '../../common/settings';
import type { PinRecord } from './vault';

/** What electron-store and conf have in common, and all this module needs. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
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

/** The proxy and extra certificate authorities of the loyalty API's network; empty: the system's alone. */
const networkSchema = z.object({
  proxyUrl: z.string().max(MAX_LENGTHS.proxyUrl).refine(isAllowedProxyUrl).default(''),
  caCertificates: z.string().max(MAX_LENGTHS.caCertificates).refine(isPemCertificates).default(''),
});

/** Where an older app kept the PIN record; read once by the migration (migration.ts), then removed. */
const legacyPinSchema = z.object({
  hash: z.string().max(300).nullable().default(null),
  failures: z.number().int().min(0).default(0),
  lockedUntil: z.number().min(0).default(0),
});

const storedSchema = z.object({
  connection: connectionSchema,
  auth: authSettingsSchema,
  terminal: terminalSchema,
  language: z.enum(LANGUAGES).default('ru'),
  installation: installationSchema,
  network: networkSchema,
  till: tillSchema,
  managerPin: legacyPinSchema,
  /** settings-seal.ts's HMAC of the fields above; '' in a file from before sealing. */
  seal: z.string().max(128).default(''),
  /** SHA-256 of the provisioning file last applied, so an unchanged file is not applied again on every start. */
  provisionedDigest: z.string().max(128).default(''),
});

/** The `schema` option of electron-store / conf: the properties of the stored object, as JSON Schema (draft 2020-12). */
export const STORE_SCHEMA = z.toJSONSchema(storedSchema, { io: 'input', target: 'draft-2020-12' }).properties as Record<
  string,
  object
>;

/** `refused`: the file was changed outside the app (or its key is gone), so its fields are not used. */
export type SettingsIntegrity = 'sealed' | 'refused';

export interface SettingsStore {
  /** The sealed fields; every default (training mode, no updates) when the file is refused, never a part of it. */
  readFields(): SettingsFields;
  /** Stores the fields with their new seal. */
  writeFields(fields: SettingsFields): void;
  integrity(): SettingsIntegrity;
  /** Whether the file carries a seal at all: one from before sealing does not (migration.ts). */
  hasSeal(): boolean;
  /** The fields as the file has them, unchecked: for the one-time migration only. */
  readUnsealedFields(): SettingsFields;
  /** The PIN record an older app kept in this file, then its removal. */
  legacyPin(): PinRecord;
  dropLegacyPin(): void;
  provisionedDigest(): string;
  setProvisionedDigest(digest: string): void;
}

/** A store with nothing in it: every part reads as its defaults. */
const NOTHING_STORED = (): unknown => undefined;

export function createSettingsStore(store: KeyValueStore, settingsKey: () => Buffer): SettingsStore {
  function readStoredFields(get: (key: string) => unknown = (key) => store.get(key)): SettingsFields {
    const auth = readPart(authSettingsSchema, get('auth'));
    const language = z.enum(LANGUAGES).safeParse(get('language'));
    return {
      ...readPart(connectionSchema, get('connection')),
      ...auth,
      ...readPart(terminalSchema, get('terminal')),
      language: language.success ? language.data : 'ru',
      ...readInstallation(get('installation')),
      ...readPart(networkSchema, get('network')),
      ...readTill(get('till')),
    };
  }
  const seal = () => readPart(storedSchema.shape.seal, store.get('seal'));
  function readChecked(): { fields: SettingsFields; integrity: SettingsIntegrity } {
    const stored = readStoredFields();
    if (isSealed(settingsKey(), stored, seal())) return { fields: stored, integrity: 'sealed' };
    return { fields: readStoredFields(NOTHING_STORED), integrity: 'refused' };
  }
  // Every call to the loyalty API asks for the connection, and each store.get reads and validates the whole file:
  // the fields are read (and their seal checked) once and kept; every change goes through writeFields, which drops them.
  let checked: ReturnType<typeof readChecked> | undefined;
  const current = () => (checked ??= readChecked());
  return {
    readFields: () => current().fields,
    integrity: () => current().integrity,
    hasSeal: () => seal() !== '',
    readUnsealedFields: () => readStoredFields(),
    legacyPin: () => readPart(legacyPinSchema, store.get('managerPin')),
    dropLegacyPin: () => store.delete('managerPin'),
    writeFields(next) {
      const {
        mode,
        baseUrl,
        timeoutMs,
        scheme,
        login,
        apiKeyHeader,
        terminalId,
        storeName,
        language,
        kiosk,
        startAtLogin,
        updateUrl,
        proxyUrl,
        caCertificates,
      } = next;
      const { pointValueKopecks, idleMinutes, watchMinutes, readFailureMinutes } = next;
      store.set('connection', { mode, baseUrl, timeoutMs });
      store.set('auth', { scheme, login, apiKeyHeader });
      store.set('terminal', { terminalId, storeName });
      store.set('language', language);
      store.set('installation', { kiosk, startAtLogin, updateUrl });
      store.set('network', { proxyUrl, caCertificates });
      store.set('till', { pointValueKopecks, idleMinutes, watchMinutes, readFailureMinutes });
      store.set('seal', sealOf(settingsKey(), next));
      checked = undefined;
    },
    provisionedDigest: () => readPart(storedSchema.shape.provisionedDigest, store.get('provisionedDigest')),
    setProvisionedDigest: (digest) => store.set('provisionedDigest', digest),
  };
}
