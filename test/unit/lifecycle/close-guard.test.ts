// Closing the window asks first only while a write-off is being sent or its outcome is unknown, and keeps it open by default.
import { describe, expect, it } from 'vitest';
import { closeQuestion } from '../../../electron/lifecycle/close-guard';

describe('closeQuestion', () => {
  it('lets the window close when nothing is at stake', () => {
    expect(closeQuestion({ writeOffsInFlight: 0, writeOffsInDoubt: 0 }, 'ru')).toBeNull();
  });

  it('asks, in the terminal language, while a write-off is being sent', () => {
    const question = closeQuestion({ writeOffsInFlight: 1, writeOffsInDoubt: 0 }, 'ru');
    expect(question?.message).toMatch(/отправляется/);
    expect(question?.buttons[0]).toBe('Не закрывать');
  });

  it('asks while an outcome is unknown, saying what closing would mean', () => {
    const question = closeQuestion({ writeOffsInFlight: 0, writeOffsInDoubt: 2 }, 'en');
    expect(question?.message).toMatch(/2 write-offs/);
    expect(question?.detail).toMatch(/checks at the next start/);
    expect(question?.buttons).toEqual(['Keep it open', 'Close anyway']);
  });
});
