// A failure a service means to report to the window, with its code from the closed set.
import type { ErrorCode } from './result';

export class PosFailure extends Error {
  override readonly name = 'PosFailure';

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
