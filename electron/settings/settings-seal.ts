// The settings file's seal: an HMAC of every stored field with a key kept in the encrypted vault, so an edit made
// outside the app (a text editor in the cashier's account) is detected and the file refused rather than trusted.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { TILL_DEFAULTS } from '../../common/settings-rules';
import type { SettingsFields } from '../../common/settings';
import { settingsFieldsSchema } from './terminal-settings';

const FIELD_ORDER = Object.keys(settingsFieldsSchema.shape) as (keyof SettingsFields)[];

/**
 * Fields added after sealing began, with their defaults. Each is sealed only when it differs from its default, so a file
 * sealed by an older version (which has none of them, and so reads as the defaults) keeps its seal after an upgrade,
 * while any value written into it outside the app still breaks the seal.
 */
const ADDED_LATER: Partial<SettingsFields> = TILL_DEFAULTS;

function isSealedField(name: keyof SettingsFields, fields: SettingsFields): boolean {
  return !(name in ADDED_LATER) || fields[name] !== ADDED_LATER[name];
}

/** The seal of these fields under the key, hex; the fields in one fixed order, so the same settings always seal alike. */
export function sealOf(key: Buffer, fields: SettingsFields): string {
  const canonical = JSON.stringify(
    FIELD_ORDER.filter((name) => isSealedField(name, fields)).map((name) => [name, fields[name]]),
  );
  return createHmac('sha256', key).update('loyalty-desk settings\n').update(canonical).digest('hex');
}

/** True when the stored seal is the fields' own, compared in constant time. */
export function isSealed(key: Buffer, fields: SettingsFields, seal: string): boolean {
  const expected = Buffer.from(sealOf(key, fields), 'hex');
  const given = Buffer.from(seal, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
