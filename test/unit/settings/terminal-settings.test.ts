// The settings rules the window and the main side share: which API addresses are allowed, and the cross-field checks.
/* eslint-disable @microsoft/sdl/no-insecure-url -- the hostile URLs are the input under test: each must be refused */
import { describe, expect, it } from 'vitest';
import { isAllowedApiUrl } from '../../../common/settings-rules';
import { settingsFormSchema } from '../../../electron/settings/terminal-settings';
import { VALID_FORM } from '../../support/settings-form';

const FORM = VALID_FORM;

describe('isAllowedApiUrl', () => {
  it.each([
    'https://loyalty.example.ru',
    'https://loyalty.example.ru/api/v2',
    'https://10.0.0.5:8443',
    'http://127.0.0.1:8080',
    'http://127.8.9.10',
    'http://localhost:3000/x',
    'http://[::1]:9000',
  ])('allows %s', (url) => expect(isAllowedApiUrl(url)).toBe(true));

  it.each([
    'http://loyalty.example.ru',
    'http://127.0.0.1.evil.example',
    'http://localhost.evil.example',
    'http://10.0.0.5',
    'https://user:pass@loyalty.example.ru',
    'https://loyalty.example.ru/?token=abc',
    'https://loyalty.example.ru/#x',
    'ftp://loyalty.example.ru',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'app://loyalty-desk/index.html',
    'loyalty.example.ru',
    '',
    'https://',
  ])('refuses %s', (url) => expect(isAllowedApiUrl(url)).toBe(false));
});

describe('settingsFormSchema', () => {
  it('accepts a complete live form and trims what was typed', () => {
    expect(settingsFormSchema.parse({ ...FORM, terminalId: '  KASSA-1 ' }).terminalId).toBe('KASSA-1');
  });

  it('lets training mode go without an address', () => {
    expect(settingsFormSchema.safeParse({ ...FORM, mode: 'training', baseUrl: '' }).success).toBe(true);
  });

  it.each([
    ['live mode without an address', { baseUrl: '' }, 'baseUrl'],
    ['plain http to another machine', { baseUrl: 'http://loyalty.example.ru' }, 'baseUrl'],
    ['Basic without a login', { scheme: 'basic' }, 'login'],
    ['updates over plain http', { updateUrl: 'http://updates.example.ru/' }, 'updateUrl'],
    ['an update address that is not one', { updateUrl: 'updates' }, 'updateUrl'],
    ['an API key header that is not a header name', { scheme: 'apiKey', apiKeyHeader: 'X Key' }, 'apiKeyHeader'],
    ['the Authorization header as API key header', { scheme: 'apiKey', apiKeyHeader: 'Authorization' }, 'apiKeyHeader'],
    ['a timeout under a second', { timeoutMs: 999 }, 'timeoutMs'],
    ['an unknown field', { extra: 1 }, ''],
  ] as const)('refuses %s, naming the field', (_what, change, field) => {
    const result = settingsFormSchema.safeParse({ ...FORM, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});
