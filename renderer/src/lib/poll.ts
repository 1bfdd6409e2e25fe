// Asking again, about once a second, until an answer is final: one request at a time, and stopped for good when the screen goes.

export interface PollOptions<T> {
  ask: () => Promise<T>;
  /** Whether to ask again after this answer. */
  again: (answer: T) => boolean;
  onAnswer: (answer: T) => void;
  intervalMs: number;
}

/** Starts polling after one interval; returns the function that stops it (an answer arriving later is dropped). */
export function poll<T>({ ask, again, onAnswer, intervalMs }: PollOptions<T>): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    timer = setTimeout(() => {
      void ask().then(
        (answer) => {
          if (stopped) return;
          onAnswer(answer);
          if (again(answer)) schedule();
        },
        // A failed question says nothing about the answer: ask again rather than freeze the screen.
        () => {
          if (!stopped) schedule();
        },
      );
    }, intervalMs);
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
