// The start-up self-check: who may ask for it (a caller naming a report file), what it observed, and what passes.
import path from 'node:path';
import { APP_ENTRY_URL } from '../security/app-origin';

const FLAG = '--self-check=';

/** Long enough for a cold start on a slow CI runner; a check that has not finished by then has failed. */
export const SELF_CHECK_TIMEOUT_MS = 90_000;

export type SelfCheckRequest = { reportFile: string } | { refused: string };

/**
 * The self-check is run only for `--self-check=<absolute path>.json`: the report file is where the caller reads the
 * answer, so without one there is nobody to answer and the app starts normally. Null when the flag is absent.
 */
export function selfCheckRequest(argv: readonly string[]): SelfCheckRequest | null {
  const argument = argv.find((candidate) => candidate === '--self-check' || candidate.startsWith(FLAG));
  if (argument === undefined) return null;
  const reportFile = argument.slice(FLAG.length);
  // Relative to what? The working folder of an installed app is whatever launched it; only an absolute path is unambiguous.
  if (!path.isAbsolute(reportFile) || path.extname(reportFile).toLowerCase() !== '.json') {
    return { refused: 'the self-check needs --self-check=<absolute path of a .json report file>' };
  }
  return { reportFile };
}

/** What the shell saw, plain data. */
export interface SelfCheckObservations {
  packaged: boolean;
  version: string;
  platform: NodeJS.Platform;
  /** The URL the main window ended on; null if it never loaded. */
  windowUrl: string | null;
  /** Whether the page's own script ran and drew something. */
  rendered: boolean;
  /** What `window.pos.appInfo()` answered in the page, through the preload and IPC; null if it was never asked. */
  ipcAnswer: unknown;
  /** The settings the app started with (no secret): what a provisioning check compares. */
  settings: { mode: string; terminalId: string; language: string; secretSet: boolean };
  provisioning: { outcome: string; secretRemovedFromFile: boolean | null; secretStillInFile: boolean } | null;
  /** Why the check could not finish (load failure, time-out), if it could not. */
  failure: string | null;
}

export interface SelfCheckReport extends SelfCheckObservations {
  ok: boolean;
  checks: { name: string; ok: boolean }[];
}

function answeredAppInfo(answer: unknown): boolean {
  if (typeof answer !== 'object' || answer === null || (answer as { ok?: unknown }).ok !== true) return false;
  const value = (answer as { value?: unknown }).value;
  return typeof value === 'object' && value !== null && typeof (value as { version?: unknown }).version === 'string';
}

/** Passes when the window came from the app protocol, drew itself, and answered a call over IPC; nothing failed on the way. */
export function selfCheckReport(observed: SelfCheckObservations): SelfCheckReport {
  const checks = [
    { name: 'window loaded from the app protocol', ok: observed.windowUrl === APP_ENTRY_URL },
    { name: 'page rendered', ok: observed.rendered },
    { name: 'IPC call answered', ok: answeredAppInfo(observed.ipcAnswer) },
    { name: 'finished in time, without errors', ok: observed.failure === null },
  ];
  return { ok: checks.every((check) => check.ok), checks, ...observed };
}

/**
 * What the release workflow asks of a report: it passed, it came from the packaged app, and each expected setting (say
 * those of a provisioning file) is what the app started with. One line per difference; empty when all hold.
 */
export function selfCheckVerdict(
  report: SelfCheckReport,
  expected: { packaged?: boolean; settings?: Partial<SelfCheckObservations['settings']>; secretStillInFile?: boolean },
): string[] {
  const problems = report.checks.filter((check) => !check.ok).map((check) => `failed: ${check.name}`);
  if (report.failure) problems.push(`failure: ${report.failure}`);
  if (expected.packaged !== undefined && report.packaged !== expected.packaged)
    problems.push(`packaged is ${report.packaged}`);
  for (const [key, value] of Object.entries(expected.settings ?? {})) {
    const actual = report.settings[key as keyof SelfCheckObservations['settings']];
    if (actual !== value)
      problems.push(`settings.${key} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
  }
  if (
    expected.secretStillInFile !== undefined &&
    report.provisioning?.secretStillInFile !== expected.secretStillInFile
  ) {
    problems.push(
      `provisioning secretStillInFile is ${report.provisioning?.secretStillInFile}, expected ${expected.secretStillInFile}`,
    );
  }
  return problems;
}
