// The zod schemas the main side checks settings with, built on the shared rules and checked against the shared types
// (common/settings.ts), so the window's form and the main side's check can never disagree on a field.
import { z } from 'zod';
import type { SettingsFields, SettingsForm } from '../../common/settings';
import { AUTH_SCHEMES, LANGUAGES, MODES } from '../../common/settings';
import {
  checkSettingsFields,
  MAX_LENGTHS,
  MAX_SECRET_LENGTH,
  NUMBER_RANGES,
  type NumberSetting,
} from '../../common/settings-rules';

/** A whole-number setting within the range the rules allow for it. */
export const wholeNumber = (setting: NumberSetting) =>
  z.number().int().min(NUMBER_RANGES[setting].min).max(NUMBER_RANGES[setting].max);

/** Every field of SettingsFields, each within its limits (trimmed text, whole numbers in range). */
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
  kiosk: z.boolean(),
  startAtLogin: z.boolean(),
  updateUrl: z.string().trim().max(MAX_LENGTHS.updateUrl),
  proxyUrl: z.string().trim().max(MAX_LENGTHS.proxyUrl),
  caCertificates: z.string().trim().max(MAX_LENGTHS.caCertificates),
  pointValueKopecks: wholeNumber('pointValueKopecks'),
  idleMinutes: wholeNumber('idleMinutes'),
  watchMinutes: wholeNumber('watchMinutes'),
  readFailureMinutes: wholeNumber('readFailureMinutes'),
}) satisfies z.ZodType<SettingsFields>;

function refineFields(fields: SettingsFields, context: z.RefinementCtx): void {
  checkSettingsFields(fields, (field, message) => context.addIssue({ code: 'custom', path: [field], message }));
}

/** What the window sends to save or to test, checked field by field and then by the cross-field rules. */
export const settingsFormSchema = settingsFieldsSchema
  .extend({
    secret: z.string().max(MAX_SECRET_LENGTH).nullable(),
    acceptPlainTextSecret: z.boolean(),
  })
  .superRefine(refineFields) satisfies z.ZodType<SettingsForm>;

export const pinSchema = z.string().regex(/^\d{4,8}$/, { error: 'must be 4 to 8 digits' });
