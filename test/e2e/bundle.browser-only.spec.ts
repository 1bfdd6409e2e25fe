// The built renderer (out/renderer) holds no secret and none of the main side's credential code: the canary and its kin are absent.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CANARY_SECRET } from '../support/canary';
import { RENDERER_DIR } from '../support/desk';

/** What only the main side may contain: the vault's file, safeStorage, the PIN hash format, request credentials. */
const MAIN_ONLY = [
  CANARY_SECRET,
  'credentials.json',
  'safeStorage',
  'scrypt$',
  'Bearer ',
  'provisionedDigest',
  'managerPinHash',
];

test('the built renderer bundle contains neither the canary nor main-side credential code', () => {
  const files = readdirSync(RENDERER_DIR, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  expect(files.some((entry) => entry.name.endsWith('.js'))).toBe(true);
  for (const entry of files) {
    const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const marker of MAIN_ONLY) expect(text.includes(marker), `${entry.name} contains ${marker}`).toBe(false);
  }
});
