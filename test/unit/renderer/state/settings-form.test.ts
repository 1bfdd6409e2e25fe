// The settings form's state in Node: what the manager typed becomes the contract's form, the window's check stops a bad
// one before it is sent, and each answer of the main side ends the action as the component needs to know.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsForm, SettingsView } from '../../../../common/settings';
import { VALID_FORM } from '../../../support/settings-form';

const sent: { call: string; form: SettingsForm }[] = [];
let answer: unknown = { ok: true, value: { saved: true } };
vi.stubGlobal('window', {
  pos: {
    saveSettings: async (form: SettingsForm) => (sent.push({ call: 'saveSettings', form }), answer),
    testConnection: async (form: SettingsForm) => (sent.push({ call: 'testConnection', form }), answer),
  },
});
const { SettingsFormState } = await import('../../../../renderer/src/state/settings-form.svelte');

const { secret: _secret, acceptPlainTextSecret: _accept, ...FIELDS } = VALID_FORM;
const VIEW: SettingsView = {
  ...FIELDS,
  secretSet: true,
  secretStorage: 'encrypted',
  provisioning: null,
  settingsIntegrity: 'sealed',
  updatePublisherSet: false,
};

describe('the settings form state', () => {
  beforeEach(() => {
    sent.length = 0;
    answer = { ok: true, value: { saved: true } };
  });

  it('starts from the stored settings, the point value in rubles and the timeout in seconds', () => {
    const form = new SettingsFormState({ ...VIEW, pointValueKopecks: 50 }, ',');
    expect(form.values).toMatchObject({ training: false, timeoutSeconds: 8, pointValue: '0,50', secret: '' });
    expect(form.form()).toEqual({ ...VALID_FORM, pointValueKopecks: 50 });
  });

  it('sends what was typed in the contract units, the secret only when one was typed', async () => {
    const form = new SettingsFormState(VIEW, ',');
    form.values.pointValue = '2,5';
    form.values.timeoutSeconds = 12;
    form.values.secret = 'new-token';
    expect(await form.save()).toBe('saved');
    expect(sent).toEqual([
      { call: 'saveSettings', form: { ...VALID_FORM, pointValueKopecks: 250, timeoutMs: 12_000, secret: 'new-token' } },
    ]);
    // Saved: the write-only field is emptied and the manager is told.
    expect(form.values.secret).toBe('');
    expect(form).toMatchObject({ status: 'Настройки сохранены', statusIsError: false, busy: false });
  });

  it('stops a form the main side would refuse, naming each field, and sends nothing', async () => {
    const form = new SettingsFormState(VIEW, ',');
    form.values.pointValue = '0,001';
    form.values.watchMinutes = 5;
    form.values.readFailureMinutes = 6;
    expect(await form.save()).toBe('invalid');
    expect(await form.test()).toBe('invalid');
    expect(form.problems).toEqual({ pointValueKopecks: 'pointValueKopecks', readFailureMinutes: 'readFailureLonger' });
    expect(form).toMatchObject({ status: 'Исправьте отмеченные поля', statusIsError: true });
    expect(sent).toEqual([]);
  });

  it('asks for consent before a secret is stored without real encryption', async () => {
    const form = new SettingsFormState({ ...VIEW, secretStorage: 'plain-text' }, ',');
    form.values.secret = 'token';
    expect(await form.save()).toBe('invalid');
    expect(sent).toEqual([]);
    form.values.acceptPlainText = true;
    expect(await form.save()).toBe('saved');
    expect(sent[0]!.form).toMatchObject({ secret: 'token', acceptPlainTextSecret: true });
  });

  it('ends as locked when the settings closed meanwhile, and says what a test found', async () => {
    const form = new SettingsFormState(VIEW, ',');
    answer = { ok: false, error: { code: 'forbidden', message: 'locked' } };
    expect(await form.save()).toBe('locked');
    answer = { ok: true, value: { outcome: 'wrong-credentials', elapsedMs: 40 } };
    expect(await form.test()).toBe('answered');
    expect(form).toMatchObject({ status: 'Сервер не принял учётные данные', statusIsError: true });
    answer = { ok: true, value: { saved: false, reason: 'secret-must-be-retyped' } };
    expect(await form.save()).toBe('answered');
    expect(form.status).toBe('Изменились адрес, способ входа, логин или заголовок: введите секрет ещё раз');
  });
});
