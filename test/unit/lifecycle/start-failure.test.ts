// A start that failed is explained in the terminal's language, with what to do and where the log is.
import { describe, expect, it } from 'vitest';
import { startFailureBox, startFailureLanguage } from '../../../electron/lifecycle/start-failure';

describe('start failure', () => {
  it('speaks the settings language, else the system one, Russian when unknown', () => {
    expect(startFailureLanguage('en', 'ru-RU')).toBe('en');
    expect(startFailureLanguage(undefined, 'ru-RU')).toBe('ru');
    expect(startFailureLanguage(undefined, 'en-US')).toBe('en');
    expect(startFailureLanguage(undefined, '')).toBe('ru');
  });

  it('says what happened, that write-offs are safe, what to do and where the log is', () => {
    const box = startFailureBox('ru', '/home/kassa/.config/Loyalty Desk/logs/main.log');
    expect(box.title).toBe('Loyalty Desk не запускается');
    expect(box.content).toMatch(/не потеряны/);
    expect(box.content).toMatch(/позовите менеджера/);
    expect(box.content).toContain('/home/kassa/.config/Loyalty Desk/logs/main.log');
  });
});
