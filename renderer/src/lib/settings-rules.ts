// The settings form's rules in the window: the same zod schema the main side checks.
import { settingsFormSchema, type SettingsField, type SettingsForm } from '../../../electron/settings/terminal-settings';

export type FieldProblem = 'baseUrl' | 'baseUrlRequired' | 'timeoutMs' | 'login' | 'apiKeyHeader' | 'updateUrl' | 'tooLong';

/** The first problem of each field, as a key of the settings strings; empty when the form can be sent. */
export function formProblems(form: SettingsForm): Partial<Record<SettingsField, FieldProblem>> {
  const parsed = settingsFormSchema.safeParse(form);
  if (parsed.success) return {};
  const problems: Partial<Record<SettingsField, FieldProblem>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SettingsField;
    problems[field] ??= problemOf(field, form);
  }
  return problems;
}

function problemOf(field: SettingsField, form: SettingsForm): FieldProblem {
  if (field === 'baseUrl') return form.baseUrl.trim() === '' ? 'baseUrlRequired' : 'baseUrl';
  if (field === 'timeoutMs' || field === 'login' || field === 'apiKeyHeader' || field === 'updateUrl') return field;
  return 'tooLong';
}
