// Shell: the start-up self-check (`--self-check=<report.json>`): waits for the window, asks it one IPC call, writes what
// it saw to the report file and quits. The release workflow runs it on the installed, fused app (SECURITY.md).
import { writeFileSync } from 'node:fs';
import { app, type BrowserWindow } from 'electron';
import log from 'electron-log/main';
import { SELF_CHECK_TIMEOUT_MS, selfCheckReport, selfCheckRequest, type SelfCheckObservations } from './self-check';
import type { SettingsService } from '../settings/settings-service';
import type { ProvisioningStatus } from '../../common/settings';

type Facts = Pick<SelfCheckObservations, 'settings' | 'provisioning'>;

/** In the page: did the app draw itself, and what does one contract call answer through the preload and IPC. */
const PAGE_PROBE = `(async () => ({ rendered: (document.getElementById('app')?.childElementCount ?? 0) > 0, ipcAnswer: await window.pos.appInfo(undefined) }))()`;

/** Runs the self-check when the command line asks for it with a report file; otherwise does nothing (or says why not). */
export function setupSelfCheck(
  argv: readonly string[],
  window: BrowserWindow,
  settings: SettingsService,
  provisioning: ProvisioningStatus | null,
): void {
  const request = selfCheckRequest(argv);
  if (request && 'refused' in request) log.warn(`self-check: not run, ${request.refused}`);
  if (!request || !('reportFile' in request)) return;
  // What the app started with, no secret: a provisioning check compares it with the file it installed.
  runSelfCheck(request.reportFile, window, () => ({
    settings: {
      mode: settings.connectionState().connection.mode,
      terminalId: settings.terminalId(),
      language: settings.language(),
      secretSet: settings.knownSecrets().length > 0,
    },
    provisioning: provisioning && {
      outcome: provisioning.outcome,
      secretRemovedFromFile: provisioning.secretRemovedFromFile,
      secretStillInFile: provisioning.secretStillInFile,
    },
  }));
}

function runSelfCheck(reportFile: string, window: BrowserWindow, facts: () => Facts): void {
  log.info(`self-check: started, report to ${reportFile}`);
  let finished = false;
  const finish = (observed: Partial<Pick<SelfCheckObservations, 'rendered' | 'ipcAnswer' | 'failure'>>) => {
    if (finished) return;
    finished = true;
    const report = selfCheckReport({
      packaged: app.isPackaged,
      version: app.getVersion(),
      platform: process.platform,
      windowUrl: window.isDestroyed() ? null : window.webContents.getURL() || null,
      rendered: false,
      ipcAnswer: null,
      failure: null,
      ...facts(),
      ...observed,
    });
    writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n');
    log.info(`self-check: ${report.ok ? 'passed' : 'FAILED'}`);
    app.exit(report.ok ? 0 : 1);
  };
  const timer = setTimeout(
    () => finish({ failure: `not finished within ${SELF_CHECK_TIMEOUT_MS} ms` }),
    SELF_CHECK_TIMEOUT_MS,
  );
  const contents = window.webContents;
  contents.once('did-fail-load', (_event, code, description) =>
    finish({ failure: `the window did not load: ${description} (${code})` }),
  );
  contents.once('render-process-gone', (_event, details) =>
    finish({ failure: `the window's process ended: ${details.reason}` }),
  );
  contents.once('did-finish-load', () => {
    contents
      .executeJavaScript(PAGE_PROBE)
      .then(
        (probe: { rendered: boolean; ipcAnswer: unknown }) => finish(probe),
        (error: unknown) => finish({ failure: `the page probe threw: ${String(error)}` }),
      )
      .finally(() => clearTimeout(timer));
  });
}
