// Provisioning: a JSON file sets a terminal's settings, secret and manager PIN on start; the secret then moves into the vault.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { hashPin, isPinHash } from './pin-hash';
import type { PinLock } from './pin-lock';
import type { SettingsStore } from './settings-store';
import { checkSettingsFields, MAX_SECRET_LENGTH } from '../../common/settings-rules';
import type { ProvisioningReport } from '../../common/settings';
import { pinSchema, settingsFieldsSchema } from './terminal-settings';
import { destinationOf, type Vault } from './vault';

export const provisioningFileSchema = z
  .strictObject({
    /** Any subset of the settings; the rest keep their current values. */
    settings: settingsFieldsSchema.partial().optional(),
    /** The API secret (token, password or key); an empty string removes the stored one. */
    secret: z.string().max(MAX_SECRET_LENGTH, { error: 'is longer than 4096 characters' }).optional(),
    /** Consent to keep the secret where the OS offers no real encryption (Linux without a keyring). */
    acceptPlainTextSecret: z.boolean().optional(),
    managerPin: pinSchema.optional(),
    managerPinHash: z.string().refine(isPinHash, { error: 'is not a scrypt hash made by the app' }).optional(),
  })
  .refine((file) => !(file.managerPin && file.managerPinHash), { error: 'give managerPin or managerPinHash, not both' })
  // A terminal that talks to a live server, or holds a secret, without a PIN would belong to whoever set one first.
  .refine((file) => !((file.settings?.mode === 'live' || !!file.secret) && !file.managerPin && !file.managerPinHash), {
    error: 'a file that sets live mode or carries a secret must also set managerPin or managerPinHash',
    path: ['managerPin'],
  });

export type ProvisioningFile = z.infer<typeof provisioningFileSchema>;

export interface ProvisioningTarget {
  store: SettingsStore;
  vault: Vault;
  pinLock: PinLock;
}

/** One readable line per zod issue: where in the file, and what is wrong; never the offending value (it may be the secret). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the file'}: ${issue.message}`);
}

/**
 * Where JSON.parse stopped, as line and column: its message quotes the text around the error, which may be the secret,
 * so only the position it names is kept.
 */
export function jsonErrorPlace(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Reads and checks the file; the problems of an unusable one, each a line for the manager or the administrator. */
function parseProvisioning(
  text: string,
  target: ProvisioningTarget,
): { file: ProvisioningFile; problems: [] } | { problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [`the file: is not valid JSON${jsonErrorPlace(text, (error as Error).message)}`] };
  }
  const parsed = provisioningFileSchema.safeParse(json);
  if (!parsed.success) return { problems: describeIssues(parsed.error.issues) };
  const file = parsed.data;
  const problems: string[] = [];
  checkSettingsFields({ ...target.store.readFields(), ...file.settings }, (field, message) =>
    problems.push(`settings.${field}: ${message}`),
  );
  if (file.secret && target.vault.storage() === 'plain-text' && !file.acceptPlainTextSecret) {
    problems.push(
      'secret: this computer cannot encrypt it (no OS keyring); set "acceptPlainTextSecret": true to store it anyway',
    );
  }
  return problems.length > 0 ? { problems } : { file, problems: [] };
}

/**
 * Applies the file if it exists and changed since it was last applied. Returns null when there is no file.
 * The secret and a plain PIN are then taken out of the file (the PIN replaced by its hash); whether that worked is reported.
 */
export async function applyProvisioning(path: string, target: ProvisioningTarget): Promise<ProvisioningReport | null> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    return {
      file: path,
      outcome: 'invalid',
      problems: [`the file: could not be read (${code ?? 'error'})`],
      secretRemovedFromFile: null,
    };
  }
  if (digestOf(text) === target.store.provisionedDigest())
    return { file: path, outcome: 'unchanged', problems: [], secretRemovedFromFile: null };
  const parsed = parseProvisioning(text, target);
  if (!('file' in parsed))
    return { file: path, outcome: 'invalid', problems: parsed.problems, secretRemovedFromFile: null };
  const { settings, secret, acceptPlainTextSecret = false, managerPin, ...rest } = parsed.file;
  const pinHash = managerPin ? await hashPin(managerPin) : rest.managerPinHash;

  const fields = { ...target.store.readFields(), ...settings };
  target.store.writeFields(fields);
  if (secret === '') target.vault.clearSecret();
  else if (secret !== undefined)
    target.vault.writeSecret(secret, destinationOf(fields), { acceptPlainText: acceptPlainTextSecret });
  if (pinHash) target.pinLock.replaceHash(pinHash);

  let finalText = text;
  let secretRemovedFromFile: boolean | null = null;
  if (secret !== undefined || managerPin !== undefined) {
    const cleaned =
      JSON.stringify(
        { settings, acceptPlainTextSecret: parsed.file.acceptPlainTextSecret, managerPinHash: pinHash },
        null,
        2,
      ) + '\n';
    try {
      writeFileSync(path, cleaned);
      finalText = cleaned;
      secretRemovedFromFile = true;
    } catch {
      secretRemovedFromFile = false;
    }
  }
  target.store.setProvisionedDigest(digestOf(finalText));
  return { file: path, outcome: 'applied', problems: [], secretRemovedFromFile };
}

/** The report as log lines, for whoever reads the terminal's log after a mass roll-out. */
export function describeProvisioning(report: ProvisioningReport & { secretStillInFile?: boolean }): string[] {
  const lines = [`provisioning ${report.file}: ${report.outcome}`, ...report.problems.map((problem) => `  ${problem}`)];
  if (report.secretRemovedFromFile === false)
    lines.push('  the secret could NOT be removed from the file: delete the file or its secret by hand');
  if (report.secretRemovedFromFile === true)
    lines.push('  the secret was moved into the encrypted store and removed from the file');
  if (report.secretStillInFile)
    lines.push(
      '  the file STILL holds the API secret or a plain PIN, readable by every account that can read it: remove it as an administrator',
    );
  return lines;
}
