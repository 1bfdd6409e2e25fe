// A window.pos call that a Node test answers by hand, copying both ways as Electron's context bridge and IPC do.

/** A call the window made, and the way to answer it. */
export interface Asked<Argument> {
  /** What the main side would have received: the structured clone of what the window passed. */
  argument: Argument;
  answer: (result: unknown) => void;
}

/**
 * One call of window.pos whose answers the test gives when it chooses. The argument is structured-cloned at once, so a
 * Svelte `$state` proxy, a function or a class instance throws in the caller as in Electron; the answer is cloned too.
 */
export function answeredByHand<Argument>(): {
  asked: Asked<Argument>[];
  call: (argument: Argument) => Promise<unknown>;
} {
  const asked: Asked<Argument>[] = [];
  const call = (argument: Argument) => {
    const copy = structuredClone(argument);
    return new Promise((resolve) =>
      asked.push({ argument: copy, answer: (result) => resolve(structuredClone(result)) }),
    );
  };
  return { asked, call };
}
