// The till forgets: after a while without input the window goes back to an empty search, unless something must not be left.

export interface IdleOptions {
  /** How long without a key, a click or a touch counts as nobody at the till. */
  afterMs: number;
  /** True while leaving is not allowed (a write-off being sent or checked); the wait then starts again. */
  busy: () => boolean;
  onIdle: () => void;
}

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'input'] as const;

/** Starts watching the window for input; returns the function that stops it. */
export function watchIdle({ afterMs, busy, onIdle }: IdleOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (busy()) arm();
      else onIdle();
    }, afterMs);
  };
  for (const name of INPUT_EVENTS) window.addEventListener(name, arm, { capture: true, passive: true });
  arm();
  return () => {
    clearTimeout(timer);
    for (const name of INPUT_EVENTS) window.removeEventListener(name, arm, { capture: true });
  };
}
