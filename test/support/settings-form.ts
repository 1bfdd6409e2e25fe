// A complete, valid settings form for tests to vary one field at a time.
import { TILL_DEFAULTS } from '../../common/settings-rules';
import type { SettingsForm } from '../../common/settings';

export const VALID_FORM: SettingsForm = {
  mode: 'live',
  baseUrl: 'https://loyalty.example.ru',
  timeoutMs: 8_000,
  scheme: 'bearer',
  login: '',
  apiKeyHeader: 'X-Api-Key',
  terminalId: 'KASSA-1',
  storeName: 'Магазин',
  language: 'ru',
  kiosk: false,
  startAtLogin: false,
  updateUrl: '',
  proxyUrl: '',
  caCertificates: '',
  ...TILL_DEFAULTS,
  secret: null,
  acceptPlainTextSecret: false,
};
