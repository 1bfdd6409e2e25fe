// Keyboard shortcuts of a screen: one table from key to action, with the browser's own use of the key (F5 reloads) prevented.

export type KeyTable = Partial<Record<string, () => void>>;

/** A keydown handler for `<svelte:window>`; keys held with Ctrl, Alt or Meta, and keys mid-composition, are left alone. */
export function onKeys(table: () => KeyTable): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    const action = table()[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
}

/** A key that begins or continues a phone number (a digit or the "+" of "+7"), typed without Ctrl, Alt or Meta. */
export function isSearchDigit(event: KeyboardEvent): boolean {
  return /^[0-9+]$/.test(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing;
}
