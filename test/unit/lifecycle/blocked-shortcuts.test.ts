// Browser shortcuts a cashier could hit by accident are swallowed; typing and the app's own F-keys are not.
import { describe, expect, it } from 'vitest';
import { isBlockedShortcut, type KeyInput } from '../../../electron/lifecycle/blocked-shortcuts';

const press = (key: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...modifiers,
});

describe('isBlockedShortcut', () => {
  it.each([
    ['Ctrl+R reload', press('r', { control: true })],
    ['Ctrl+Shift+R hard reload', press('R', { control: true, shift: true })],
    ['Ctrl+W close', press('w', { control: true })],
    ['Cmd+Q quit', press('q', { meta: true })],
    ['Ctrl+plus zoom', press('+', { control: true })],
    ['Ctrl+= zoom', press('=', { control: true })],
    ['Ctrl+minus zoom', press('-', { control: true })],
    ['Ctrl+0 reset zoom', press('0', { control: true })],
    ['Ctrl+Shift+I DevTools', press('I', { control: true, shift: true })],
    ['F12 DevTools', press('F12')],
    ['F11 full screen', press('F11')],
    ['Alt+Left back', press('ArrowLeft', { alt: true })],
    ['Ctrl+P print', press('p', { control: true })],
  ])('swallows %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each([
    ['a digit', press('7')],
    ['Enter', press('Enter')],
    ['Esc', press('Escape')],
    ...['F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F9', 'F10'].map(
      (key) => [`the app's ${key}`, press(key)] as [string, KeyInput],
    ),
    ['Ctrl+C copy', press('c', { control: true })],
    ['Ctrl+V paste', press('v', { control: true })],
    ['Ctrl+A select all', press('a', { control: true })],
    ['Ctrl+Z undo', press('z', { control: true })],
    ['Shift+Tab', press('Tab', { shift: true })],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false);
  });

  it('decides on key down only', () => {
    expect(isBlockedShortcut({ ...press('r', { control: true }), type: 'keyUp' })).toBe(false);
  });
});
