// The settings form's checks in the window: the same plain rules the main side's schema is built on, without zod in the page.
import {
  checkSettingsFields,
  isInRange,
  MAX_LENGTHS,
  MAX_SECRET_LENGTH,
  NUMBER_RANGES,
  type NumberSetting,
} from '../../../common/settings-rules';
import type { SettingsField, SettingsForm } from '../../../common/settings';

export type FieldProblem =
  | 'baseUrl'
  | 'baseUrlRequired'
  | NumberSetting
  | 'readFailureLonger'
  | 'login'
  | 'apiKeyHeader'
  | 'updateUrl'
  | 'proxyUrl'
  | 'caCertificates'
  | 'tooLong';

/** The first problem of each field, as a key of the settings strings; empty when the form can be sent. */
export function formProblems(form: SettingsForm): Partial<Record<SettingsField, FieldProblem>> {
  const problems: Partial<Record<SettingsField, FieldProblem>> = {};
  const add = (field: SettingsField, problem: FieldProblem) => (problems[field] ??= problem);
  // The main side trims before it checks, so the window does too.
  const trimmed = { ...form };
  for (const field of Object.keys(MAX_LENGTHS) as (keyof typeof MAX_LENGTHS)[]) {
    trimmed[field] = form[field].trim();
    if (trimmed[field].length > MAX_LENGTHS[field]) add(field, 'tooLong');
  }
  for (const setting of Object.keys(NUMBER_RANGES) as NumberSetting[]) {
    if (!isInRange(setting, form[setting])) add(setting, setting);
  }
  if ((form.secret?.length ?? 0) > MAX_SECRET_LENGTH) add('secret', 'tooLong');
  checkSettingsFields(trimmed, (field) => add(field, problemOf(field, trimmed)));
  return problems;
}

function problemOf(field: SettingsField, form: SettingsForm): FieldProblem {
  if (field === 'baseUrl') return form.baseUrl === '' ? 'baseUrlRequired' : 'baseUrl';
  if (field === 'readFailureMinutes') return 'readFailureLonger';
  if (field === 'login' || field === 'apiKeyHeader' || field === 'updateUrl') return field;
  if (field === 'proxyUrl' || field === 'caCertificates') return field;
  return 'tooLong';
}
