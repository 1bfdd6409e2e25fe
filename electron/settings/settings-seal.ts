// The settings file's seal: an HMAC of every stored field with a key kept in the encrypted vault, so an edit made
// outside the app (a text editor in the cashier's account) is detected and the file refused rather than trusted.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { settingsFieldsSchema, type SettingsFields } from './terminal-settings';

const FIELD_ORDER = Object.keys(settingsFieldsSchema.shape) as (keyof SettingsFields)[];

/** The seal of these fields under the key, hex; the fields in one fixed order, so the same settings always seal alike. */
export function sealOf(key: Buffer, fields: SettingsFields): string {
  const canonical = JSON.stringify(FIELD_ORDER.map((name) => [name, fields[name]]));
  return createHmac('sha256', key).update('loyalty-desk settings\n').update(canonical).digest('hex');
}

/** True when the stored seal is the fields' own, compared in constant time. */
export function isSealed(key: Buffer, fields: SettingsFields, seal: string): boolean {
  const expected = Buffer.from(sealOf(key, fields), 'hex');
  const given = Buffer.from(seal, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
