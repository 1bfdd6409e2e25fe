// Whether a provisioning file still holds a secret: checked on every start, because a file the app cannot rewrite
// (read-only to the cashier's account, as %ProgramData%\LoyaltyDesk is) keeps it where every local account can read it.
import { readFileSync } from 'node:fs';
import type { ProvisioningReport, ProvisioningStatus } from '../../common/settings';

/** True when the text is JSON with a non-empty `secret` or a plain `managerPin`; an empty secret only clears the vault. */
export function textHoldsSecret(text: string): boolean {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: nothing the app would apply, but it may still hold a secret; say so rather than guess it away.
    return /"(secret|managerPin)"/.test(text);
  }
  if (typeof json !== 'object' || json === null) return false;
  const { secret, managerPin } = json as { secret?: unknown; managerPin?: unknown };
  return (typeof secret === 'string' && secret !== '') || managerPin !== undefined;
}

/** The provisioning report with what the file holds now; a file that can no longer be read holds nothing we can see. */
export function provisioningStatus(
  report: ProvisioningReport,
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): ProvisioningStatus {
  let text = '';
  try {
    text = read(report.file);
  } catch {
    // Deleted or unreadable since: the manager has dealt with it, or nobody without the rights can read it either.
  }
  return { ...report, secretStillInFile: textHoldsSecret(text) };
}
