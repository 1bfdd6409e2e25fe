// Redaction of secrets from text and from any JSON-like value (known secrets by value, credentials by their usual shapes),
// and the electron-log hook that applies it to every log message.

export const REDACTED = '[redacted]';

/** Shorter strings are too likely to be ordinary words or digits to be replaced everywhere they occur. */
const MIN_SECRET_LENGTH = 3;

/** Credentials in the shapes HTTP and URLs carry them, whatever their value: headers, schemes, user:password@host. */
const CREDENTIAL_SHAPES: readonly [RegExp, (match: string, ...groups: string[]) => string][] = [
  [
    /\b(authorization|proxy-authorization|x-api-key|api-key|apikey|cookie|set-cookie)(["']?\s*[:=]\s*["']?)[^\s"',;}]+(\s+[^\s"',;}]+)?/gi,
    (_match, name, separator) => `${name}${separator}${REDACTED}`,
  ],
  [/\b(bearer|basic)(\s+)[A-Za-z0-9\-._~+/]+=*/gi, (_match, scheme, space) => `${scheme}${space}${REDACTED}`],
  [/(\/\/)[^/\s:@]+:[^/\s@]+@/g, (_match, slashes) => `${slashes}${REDACTED}@`],
];

/** Every form a secret travels in on the wire: as itself, URL-encoded, and inside Basic's base64 with its login. */
export function secretForms(secret: string, login: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(`${login}:${secret}`, 'utf8').toString('base64')];
}

/** Replaces every occurrence of the current secrets; what the window is sent goes through this (customer data is left intact). */
export function createSecretRedactor(knownSecrets: () => readonly string[]): (text: string) => string {
  return (text) => {
    const secrets = knownSecrets()
      .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
      .sort((a, b) => b.length - a.length);
    return secrets.reduce((result, secret) => result.split(secret).join(REDACTED), text);
  };
}

/** Replaces credential-shaped substrings whatever their value, e.g. a secret typed but not yet saved. */
export function redactCredentialShapes(text: string): string {
  return CREDENTIAL_SHAPES.reduce((result, [shape, replace]) => result.replace(shape, replace), text);
}

/**
 * For log lines, journal notes and failure messages: the known secrets, then anything shaped like a credential.
 * Applied before any text is shortened, so a cut can never leave a piece of a secret that no longer matches.
 */
export function createLogRedactor(knownSecrets: () => readonly string[]): (text: string) => string {
  const secrets = createSecretRedactor(knownSecrets);
  return (text) => redactCredentialShapes(secrets(text));
}

/**
 * The value with every string in it redacted, keys included; an Error becomes a copy with its name, message, stack, cause
 * and own fields redacted, so a log line cannot carry the secret through an exception. Cycles and depth are bounded.
 */
export function redactDeep(
  value: unknown,
  redact: (text: string) => string,
  depth = 0,
  ancestors = new WeakSet<object>(),
): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value !== 'object' || value === null) return value;
  // Only a value inside itself is a cycle to cut; the same object twice side by side (one customer on two entries) is kept.
  if (depth > 32 || ancestors.has(value)) return REDACTED;
  ancestors.add(value);
  try {
    return redactObject(value, redact, depth, ancestors);
  } finally {
    ancestors.delete(value);
  }
}

function redactObject(
  value: object,
  redact: (text: string) => string,
  depth: number,
  ancestors: WeakSet<object>,
): unknown {
  if (value instanceof Error) {
    const copy = new Error(redact(value.message));
    copy.name = redact(value.name);
    copy.stack = value.stack === undefined ? undefined : redact(value.stack);
    if (value.cause !== undefined) copy.cause = redactDeep(value.cause, redact, depth + 1, ancestors);
    return Object.assign(copy, redactDeep({ ...value }, redact, depth + 1, ancestors));
  }
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact, depth + 1, ancestors));
  if (value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item, redact, depth + 1, ancestors)]),
  );
}

/** Returns a hook for electron-log's `log.hooks`: the same message with its data redacted (never dropped). */
export function createLogRedactionHook(redact: (text: string) => string) {
  return <Message extends { data: unknown[] }>(message: Message): Message => ({
    ...message,
    data: message.data.map((item) => redactDeep(item, redact)),
  });
}
