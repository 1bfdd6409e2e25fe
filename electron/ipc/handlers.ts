// The main-side handler table: every call checks its sender, validates its argument, and resolves to a result — never throws.
import { fail, ok, type ErrorCode, type PosResult } from '../../common/result';
import { LoyaltyError, type LoyaltyErrorKind } from '../loyalty/errors';
import { redactCredentialShapes, redactDeep } from '../security/redact';
import { CALL_NAMES, type CallName } from '../../common/contract';
import { contract, type CallInput, type CallOutput } from './contract';
import { PosFailure } from '../../common/failure';

/** What a handler is told about the frame that called it. */
export interface CallerFrame {
  url: string;
}

/** The services behind the calls: plain functions of validated input that return values or throw. */
export type CallImplementations = {
  [Name in CallName]: (input: CallInput<Name>) => Promise<CallOutput<Name>>;
};

export type HandlerTable = {
  [Name in CallName]: (caller: CallerFrame, argument: unknown) => Promise<PosResult<CallOutput<Name>>>;
};

export interface HandlerOptions {
  isTrustedCaller: (frameUrl: string) => boolean;
  /** Where a failure nobody planned for is recorded; the window only hears "internal". */
  logUnexpected: (call: CallName, error: unknown) => void;
  /**
   * Where the server's own words about a failure are kept in full: the window shows them only when they are a short
   * line in its language (a stack trace or a foreign-language refusal is replaced there by a plain message).
   */
  logServerWords?: (call: CallName, words: string) => void;
  /**
   * Removes known secrets from whatever goes back to the window, e.g. a server that echoes the Authorization header in
   * its error message. Identity when not given.
   */
  redact?: (text: string) => string;
}

export function createHandlerTable(implementations: CallImplementations, options: HandlerOptions): HandlerTable {
  const entries = CALL_NAMES.map((name) => [name, createHandler(name, implementations[name], options)]);
  return Object.fromEntries(entries) as HandlerTable;
}

function createHandler<Name extends CallName>(
  name: Name,
  implementation: CallImplementations[Name],
  { isTrustedCaller, logUnexpected, logServerWords, redact }: HandlerOptions,
) {
  const schema = contract[name];
  const respond = async (caller: CallerFrame, argument: unknown): Promise<PosResult<CallOutput<Name>>> => {
    if (!isTrustedCaller(caller.url)) return fail('forbidden', 'This window may not use the loyalty desk');
    const parsed = schema.safeParse(argument);
    if (!parsed.success) return fail('invalid-input', `Invalid ${name} request`);
    try {
      return ok(await implementation(parsed.data as CallInput<Name>));
    } catch (error) {
      // A failure's words may be a server's: anything shaped like a credential is removed whatever its value.
      if (error instanceof PosFailure) return fail(error.code, redactCredentialShapes(error.message));
      if (error instanceof LoyaltyError) {
        if (error.serverMessage) logServerWords?.(name, redact ? redact(error.serverMessage) : error.serverMessage);
        return fail(LOYALTY_ERROR_CODES[error.kind], redactCredentialShapes(error.serverMessage ?? error.message));
      }
      logUnexpected(name, error);
      return fail('internal', 'Something went wrong inside the loyalty desk');
    }
  };
  if (!redact) return respond;
  return async (caller: CallerFrame, argument: unknown) =>
    redactDeep(await respond(caller, argument), redact) as PosResult<CallOutput<Name>>;
}

const LOYALTY_ERROR_CODES = {
  unreachable: 'network',
  network: 'network',
  // The cashier can do nothing about it but call a manager, whose "test connection" names it (connection-test.ts).
  certificate: 'network',
  timeout: 'timeout',
  unauthorized: 'unauthorized',
  'not-found': 'not-found',
  http: 'server',
  malformed: 'bad-answer',
  'too-large': 'bad-answer',
} as const satisfies Record<LoyaltyErrorKind, ErrorCode>;
