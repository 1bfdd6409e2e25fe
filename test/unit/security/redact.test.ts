// Redaction: known secrets by value and credential shapes in text, nested values and errors, for logs and for the window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createLogRedactionHook,
  createLogRedactor,
  createSecretRedactor,
  REDACTED,
  redactCredentialShapes,
  redactDeep,
} from '../../../electron/security/redact';

const SECRET = 'sk_live_7d1f9a0c';

describe('createSecretRedactor', () => {
  const redact = createSecretRedactor(() => [SECRET, 'a']);

  it('replaces every occurrence of a known secret', () => {
    expect(redact(`token ${SECRET} and again ${SECRET}!`)).toBe(`token ${REDACTED} and again ${REDACTED}!`);
  });

  it('leaves ordinary text, and secrets too short to be one, alone', () => {
    expect(redact('Basic discount for a cashier')).toBe('Basic discount for a cashier');
  });

  it('never lets a known secret through, wherever it sits in random text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => !redact(`${before}${SECRET}${after}`).includes(SECRET)),
    );
  });

  it('reads the secrets anew on each call, so a changed secret is covered at once', () => {
    let secrets = ['first-secret'];
    const current = createSecretRedactor(() => secrets);
    secrets = ['second-secret'];
    expect(current('first-secret second-secret')).toBe(`first-secret ${REDACTED}`);
  });
});

describe('redactCredentialShapes', () => {
  it.each([
    ['Authorization: Bearer abc.def.ghi', `Authorization: ${REDACTED}`],
    ['{"authorization":"Basic dXNlcjpwYXNz"}', `{"authorization":"${REDACTED}"}`],
    ['x-api-key=k3y-123; path=/', `x-api-key=${REDACTED}; path=/`],
    ['sent Bearer eyJhbGciOi.J9 to server', `sent Bearer ${REDACTED} to server`],
    ['https://user:hunter2@loyalty.example.ru/api', `https://${REDACTED}@loyalty.example.ru/api`],
  ])('redacts %j', (text, expected) => expect(redactCredentialShapes(text)).toBe(expected));
});

describe('redactDeep', () => {
  const redact = createLogRedactor(() => [SECRET]);

  it('redacts strings at any depth, in keys too, keeping other values', () => {
    const value = { a: [1, true, null, { [SECRET]: `x ${SECRET}` }], when: new Date(0) };
    expect(redactDeep(value, redact)).toEqual({
      a: [1, true, null, { [REDACTED]: `x ${REDACTED}` }],
      when: new Date(0),
    });
  });

  it('redacts an error’s message, stack, cause and own fields', () => {
    const error = Object.assign(new Error(`refused ${SECRET}`, { cause: new Error(`inner ${SECRET}`) }), {
      serverMessage: `echo ${SECRET}`,
    });
    const copy = redactDeep(error, redact) as Error & { serverMessage: string };
    expect(copy).toBeInstanceOf(Error);
    expect(JSON.stringify([copy.message, copy.stack, (copy.cause as Error).message, copy.serverMessage])).not.toContain(
      SECRET,
    );
    expect(copy.serverMessage).toBe(`echo ${REDACTED}`);
  });

  it('survives cycles', () => {
    const cyclic: Record<string, unknown> = { secret: SECRET };
    cyclic.self = cyclic;
    expect(redactDeep(cyclic, redact)).toEqual({ secret: REDACTED, self: REDACTED });
  });

  it('keeps an object that appears twice side by side (one customer on two journal entries), each copy redacted', () => {
    const customer = { name: 'Иван', note: SECRET };
    expect(redactDeep({ entries: [{ customer }, { customer }] }, redact)).toEqual({
      entries: [{ customer: { name: 'Иван', note: REDACTED } }, { customer: { name: 'Иван', note: REDACTED } }],
    });
  });
});

describe('createLogRedactionHook', () => {
  it('redacts every item of a log message and keeps the rest of the message', () => {
    const hook = createLogRedactionHook(createLogRedactor(() => [SECRET]));
    const message = {
      level: 'error',
      data: [
        `call failed ${SECRET}`,
        new Error(`Authorization: Bearer ${SECRET}`),
        { headers: { authorization: `Bearer ${SECRET}` } },
      ],
    };
    const out = hook(message);
    expect(out.level).toBe('error');
    expect(JSON.stringify(out.data)).not.toContain(SECRET);
    expect((out.data[1] as Error).message).not.toContain(SECRET);
  });
});
