// The settings form's state and its two actions, save and "test connection": the form as the manager typed it, its
// problems, and what the last action said. Kept out of the component so it can be driven and tested in Node.
import { minorToInputText, parseAmountInput } from '../../../common/money';
import type { SettingsForm, SettingsView } from '../../../common/settings';
import { settingsText } from '../i18n/settings.svelte';
import { pos } from '../lib/pos';
import { formProblems, type FieldProblem } from '../lib/settings-rules';

/** The form's fields as the inputs hold them: the timeout in seconds and the point value as typed, in rubles. */
export interface FormValues extends Omit<
  SettingsForm,
  'mode' | 'timeoutMs' | 'pointValueKopecks' | 'secret' | 'acceptPlainTextSecret'
> {
  training: boolean;
  timeoutSeconds: number;
  pointValue: string;
  /** Write-only: empty keeps the stored secret. */
  secret: string;
  acceptPlainText: boolean;
}

/** What an action ended with: the form's own check failed, the settings locked meanwhile, saved, or another answer. */
export type ActionEnd = 'invalid' | 'locked' | 'saved' | 'answered';

function valuesOf(view: SettingsView, decimalSeparator: ',' | '.'): FormValues {
  const {
    mode,
    timeoutMs,
    pointValueKopecks,
    secretSet: _set,
    secretStorage: _storage,
    provisioning: _provisioning,
    settingsIntegrity: _integrity,
    updatePublisherSet: _publisher,
    ...rest
  } = view;
  return {
    ...rest,
    training: mode === 'training',
    timeoutSeconds: timeoutMs / 1000,
    pointValue: minorToInputText(pointValueKopecks, decimalSeparator),
    secret: '',
    acceptPlainText: false,
  };
}

/** The typed point value in kopecks; NaN when it is not an amount, which the form's checks then point at. */
function kopecksOf(text: string): number {
  const parsed = parseAmountInput(text);
  return parsed.ok ? parsed.minor : Number.NaN;
}

export class SettingsFormState {
  readonly view: SettingsView;
  /** Starts from what is stored and is then the manager's own: a later view does not overwrite typing. */
  values = $state<FormValues>() as FormValues;
  problems = $state<Partial<Record<string, FieldProblem>>>({});
  status = $state('');
  statusIsError = $state(false);
  busy = $state(false);

  constructor(view: SettingsView, decimalSeparator: ',' | '.') {
    this.view = view;
    this.values = valuesOf(view, decimalSeparator);
  }

  /** What the main side is sent: plain data in the contract's units. */
  form(): SettingsForm {
    const { training, timeoutSeconds, pointValue, secret, acceptPlainText, ...fields } = this.values;
    return {
      ...fields,
      mode: training ? 'training' : 'live',
      timeoutMs: Math.round(Number(timeoutSeconds) * 1000),
      pointValueKopecks: kopecksOf(pointValue),
      idleMinutes: Number(fields.idleMinutes),
      watchMinutes: Number(fields.watchMinutes),
      readFailureMinutes: Number(fields.readFailureMinutes),
      secret: fields.scheme === 'none' || secret === '' ? null : secret,
      acceptPlainTextSecret: acceptPlainText,
    };
  }

  /** Saves the form once the window's own check passes; 'answered' with the status set to what the main side said. */
  async save(): Promise<ActionEnd> {
    const form = this.checked();
    if (!form) return 'invalid';
    const t = settingsText.t;
    // A secret stored without real encryption needs the manager's agreement first.
    if (form.secret !== null && this.view.secretStorage === 'plain-text' && !this.values.acceptPlainText) {
      this.report(t.plainTextRequired, true);
      return 'invalid';
    }
    this.busy = true;
    const result = await pos.saveSettings(form);
    this.busy = false;
    if (!result.ok) return this.failed(result.error.code);
    if (!result.value.saved) {
      this.report(
        result.value.reason === 'secret-must-be-retyped' ? t.outcomes[result.value.reason] : t.plainTextRequired,
        true,
      );
      return 'answered';
    }
    this.values.secret = '';
    this.report(t.saved, false);
    return 'saved';
  }

  /** Tries the connection the form describes, without saving it. */
  async test(): Promise<ActionEnd> {
    const form = this.checked();
    if (!form) return 'invalid';
    const t = settingsText.t;
    this.busy = true;
    this.report(t.testing, false);
    const result = await pos.testConnection(form);
    this.busy = false;
    if (!result.ok) return this.failed(result.error.code);
    const { outcome, elapsedMs } = result.value;
    this.report(outcome === 'works' ? t.outcomes.works(elapsedMs) : t.outcomes[outcome], outcome !== 'works');
    return 'answered';
  }

  /** The window's check first, so the manager sees which field is wrong; null when the form cannot be sent. */
  private checked(): SettingsForm | null {
    const form = this.form();
    this.problems = formProblems(form);
    if (Object.keys(this.problems).length === 0) return form;
    this.report(settingsText.t.invalid, true);
    return null;
  }

  private failed(code: string): ActionEnd {
    if (code === 'forbidden') return 'locked';
    this.report(settingsText.t.invalid, true);
    return 'answered';
  }

  private report(text: string, isError: boolean): void {
    this.status = text;
    this.statusIsError = isError;
  }
}
