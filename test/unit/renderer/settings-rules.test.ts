// The window's settings check agrees with the main side's schema: a form the window lets through is one main accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTH_SCHEMES, LANGUAGES, MODES } from '../../../common/settings';
import type { SettingsForm } from '../../../common/settings';
import { settingsFormSchema } from '../../../electron/settings/terminal-settings';
import { formProblems } from '../../../renderer/src/lib/settings-rules';
import { VALID_FORM } from '../../support/settings-form';

/** Shaped like a certificate; the window checks the shape, the TLS layer the contents. */
const TEST_PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2Fu\n-----END CERTIFICATE-----';

const text = (maxLength: number) => fc.oneof(fc.string({ maxLength }), fc.constant(''), fc.constant('  padded  '));
const url = fc.oneof(
  fc.constant(''),
  fc.constant('https://loyalty.example.ru/api'),
  fc.constant('http://127.0.0.1:8080'),
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- hostile input: plain http to another machine must be refused
  fc.constant('http://loyalty.example.ru'),
  fc.constant('https://user:pw@example.ru'),
  fc.webUrl(),
  fc.string({ maxLength: 30 }),
);

const form: fc.Arbitrary<SettingsForm> = fc.record({
  mode: fc.constantFrom(...MODES),
  baseUrl: url,
  timeoutMs: fc.oneof(fc.integer({ min: 0, max: 70_000 }), fc.constant(1_500.5)),
  scheme: fc.constantFrom(...AUTH_SCHEMES),
  login: text(210),
  apiKeyHeader: fc.oneof(fc.constant('X-Api-Key'), fc.constant('Authorization'), fc.constant('X Key'), text(70)),
  terminalId: text(70),
  storeName: text(210),
  language: fc.constantFrom(...LANGUAGES),
  kiosk: fc.boolean(),
  startAtLogin: fc.boolean(),
  updateUrl: url,
  /* eslint-disable @microsoft/sdl/no-insecure-url -- hostile input: a proxy address with a login in it must be refused */
  proxyUrl: fc.oneof(
    url,
    fc.constant('http://proxy.store.invalid:3128'),
    fc.constant('http://user:pw@proxy.invalid:3128'),
    fc.constant('http://proxy.invalid:3128/path'),
  ),
  /* eslint-enable @microsoft/sdl/no-insecure-url */
  caCertificates: fc.oneof(
    fc.constant(''),
    fc.constant(TEST_PEM),
    fc.constant(`${TEST_PEM}\n\n${TEST_PEM}\n`),
    fc.constant(`junk\n${TEST_PEM}`),
    text(70),
  ),
  pointValueKopecks: fc.oneof(fc.integer({ min: -5, max: 110_000 }), fc.constant(150.5)),
  idleMinutes: fc.oneof(fc.integer({ min: -1, max: 70 }), fc.constant(Number.NaN)),
  watchMinutes: fc.integer({ min: 0, max: 130 }),
  readFailureMinutes: fc.integer({ min: 0, max: 70 }),
  secret: fc.oneof(fc.constant(null), fc.string({ maxLength: 20 })),
  acceptPlainTextSecret: fc.boolean(),
});

describe('formProblems', () => {
  it('finds a problem exactly when the main side would refuse the form', () => {
    fc.assert(
      fc.property(form, (candidate) => {
        expect(Object.keys(formProblems(candidate)).length === 0).toBe(settingsFormSchema.safeParse(candidate).success);
      }),
      { numRuns: 2_000 },
    );
  });

  it('names the field and the problem', () => {
    const valid: SettingsForm = { ...VALID_FORM, scheme: 'basic', login: 'shop' };
    expect(formProblems(valid)).toEqual({});
    expect(formProblems({ ...valid, baseUrl: '  ' })).toEqual({ baseUrl: 'baseUrlRequired' });
    expect(formProblems({ ...valid, login: ' ' })).toEqual({ login: 'login' });
    expect(formProblems({ ...valid, timeoutMs: 500 })).toEqual({ timeoutMs: 'timeoutMs' });
    expect(formProblems({ ...valid, pointValueKopecks: 0 })).toEqual({ pointValueKopecks: 'pointValueKopecks' });
    expect(formProblems({ ...valid, idleMinutes: 61 })).toEqual({ idleMinutes: 'idleMinutes' });
    expect(formProblems({ ...valid, watchMinutes: 121 })).toEqual({ watchMinutes: 'watchMinutes' });
    expect(formProblems({ ...valid, watchMinutes: 5, readFailureMinutes: 6 })).toEqual({
      readFailureMinutes: 'readFailureLonger',
    });
    expect(formProblems({ ...valid, storeName: 'я'.repeat(201) })).toEqual({ storeName: 'tooLong' });
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- hostile input: updates never come over anything but https
    expect(formProblems({ ...valid, updateUrl: 'ftp://updates.example.ru' })).toEqual({ updateUrl: 'updateUrl' });
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- hostile input: a proxy address with a login in it must be refused
    expect(formProblems({ ...valid, proxyUrl: 'http://user:pw@proxy.store.invalid:3128' })).toEqual({
      proxyUrl: 'proxyUrl',
    });
    expect(formProblems({ ...valid, caCertificates: 'MIIBszCCAVmgAwIBAgIUQ2Fu' })).toEqual({
      caCertificates: 'caCertificates',
    });
    expect(
      formProblems({ ...valid, proxyUrl: 'http://proxy.store.invalid:3128', caCertificates: `  ${TEST_PEM}\n` }),
    ).toEqual({});
  });
});
