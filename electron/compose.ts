// The one composition root of the main side without Electron: settings → loyalty client → write-off desk → calls → handlers.
// main.ts and the tests both build the app through this, so the tests exercise the app's own wiring, not a copy of it.
import type { AppNotice } from '../common/notices';
import { createCallImplementations } from './calls';
import type { SettleTiming } from './checkout/settle';
import { createWriteOffDesk, serverOf, type WriteOffActivity, type WriteOffDesk } from './checkout/write-off';
import type { UpdateStatus } from '../common/contract';
import { createHandlerTable, type HandlerTable } from './ipc/handlers';
import { rememberSearches } from './customers/recent-clients';
import { loyaltyClientProvider } from './loyalty/connect';
import type { FetchLike } from './loyalty/transport';
import { createSecretRedactor } from './security/redact';
import type { InstallationSettings } from './settings/installation';
import { describeProvisioning } from './settings/provisioning';
import type { SettingsService } from './settings/settings-service';
import type { KeyValueStore } from './settings/settings-store';
import { cashierTillOf, watchTimingOf } from './settings/till';
import { setupSettings, type ProvisionPolicy } from './settings/setup';
import type { ProvisioningReport, ProvisioningStatus } from '../common/settings';
import type { Encryptor } from './settings/vault';

export interface MainSideLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface MainSideOptions {
  /** electron-store in the app, conf in a temporary folder in tests. */
  store: KeyValueStore;
  vaultFile: string;
  encryptor: Encryptor;
  /** The provisioning file to apply before anything reads the settings; null for none. */
  provisionFile: string | null;
  /** Where a provisioning file may come from (an installed app: only the system-wide, admin-only file). */
  provisionPolicy?: ProvisionPolicy;
  journalDir: string;
  /** Training mode's in-process simulator. */
  trainingFetch: FetchLike;
  version: string;
  /** Whether a frame's URL is the app's own page (the app protocol in the shell, the test server's origin in tests). */
  isTrustedCaller: (frameUrl: string) => boolean;
  /** Builds what the updater reports, from what the write-off desk has under way (the update gate needs it). */
  updateStatus: (installation: InstallationSettings, activity: () => WriteOffActivity) => () => UpdateStatus;
  log: MainSideLog;
  /** What start-up found that a manager must hear of (a damaged settings file kept aside). */
  startupNotices?: readonly AppNotice[];
  now?: () => number;
  settleTiming?: Partial<SettleTiming>;
  /** Wraps the real, journaled write-off desk (tests: to play a settlement step by step). */
  wrapWriteOffs?: (real: WriteOffDesk) => WriteOffDesk;
}

export interface MainSide {
  settings: SettingsService;
  /** What applying the provisioning file at this start found; null when there was none. */
  provisioning: ProvisioningStatus | null;
  /** Kiosk, start at login and the update address, read after provisioning so a provisioned terminal gets them at once. */
  installation: InstallationSettings;
  writeOffs: WriteOffDesk;
  handlers: HandlerTable;
  /** Applies a provisioning file while the app runs (a second launch with --provision); the report says what happened. */
  provision(file: string): Promise<ProvisioningStatus | null>;
  close(): Promise<void>;
}

export async function composeMainSide(options: MainSideOptions): Promise<MainSide> {
  const { log } = options;
  const setup = await setupSettings({
    store: options.store,
    vaultFile: options.vaultFile,
    encryptor: options.encryptor,
    provisionFile: options.provisionFile,
    provisionPolicy: options.provisionPolicy,
    now: options.now,
  });
  const { settings } = setup;
  if (setup.provisioning) describeProvisioning(setup.provisioning).forEach((line) => log.info(line));
  // From the sealed settings: a file edited outside the app gives no kiosk, autostart or update address.
  const installation = settings.installation();

  // Every search remembers who it found, so the journal names a customer from the API's own answer.
  const { loyaltyClient, recent } = rememberSearches(
    loyaltyClientProvider(() => settings.connectionState(), options.trainingFetch),
  );
  const realDesk = createWriteOffDesk({
    journalDir: options.journalDir,
    journalKey: setup.journalKey,
    customerOf: (clientId) => recent.describe(clientId),
    terminalId: settings.terminalId(),
    loyaltyClient,
    server: () => serverOf(settings.connectionState().connection),
    watchTiming: () => watchTimingOf(settings.till()),
    timing: options.settleTiming,
    now: options.now,
    logError: (message, error) => log.error(message, error),
  });
  const writeOffs = options.wrapWriteOffs ? options.wrapWriteOffs(realDesk) : realDesk;
  const startupNotices = options.startupNotices ?? [];
  /** Only the latest second launch's file matters to the window. */
  let provisioningNotice: AppNotice | null = null;
  /** Said on every start, and after every file, until the file no longer holds the secret. */
  let latestProvisioning = setup.provisioning;
  const noticesNow = (): AppNotice[] => [
    ...startupNotices,
    ...(latestProvisioning?.secretStillInFile
      ? [{ kind: 'provisioning-secret-in-file' as const, detail: latestProvisioning.file }]
      : []),
    ...(provisioningNotice ? [provisioningNotice] : []),
  ];
  const implementations = createCallImplementations({
    loyaltyClient,
    appInfo: () => ({
      mode: settings.connectionState().connection.mode,
      version: options.version,
      language: settings.language(),
      notices: noticesNow(),
      till: cashierTillOf(settings.till()),
    }),
    writeOffs,
    updateStatus: options.updateStatus(installation, () => writeOffs.activity()),
    settings: settings.calls,
  });
  const handlers = createHandlerTable(implementations, {
    isTrustedCaller: options.isTrustedCaller,
    logUnexpected: (call, error) => log.error(`call ${call} failed unexpectedly`, error),
    // The server's own words in full, for whoever reads the log; the window shows them only as a short line in its language.
    logServerWords: (call, words) => log.warn(`call ${call}: the loyalty server said: ${words}`),
    redact: createSecretRedactor(() => settings.knownSecrets()),
  });

  async function provision(file: string): Promise<ProvisioningStatus | null> {
    const report = await setup.provision(file);
    if (report) describeProvisioning(report).forEach((line) => log.info(line));
    latestProvisioning = report ?? latestProvisioning;
    provisioningNotice = noticeOf(report);
    return report;
  }

  return {
    settings,
    provisioning: setup.provisioning,
    installation,
    writeOffs,
    handlers,
    provision,
    close: () => realDesk.close(),
  };
}

/** What the window says after a provisioning file was handed to the running app. */
function noticeOf(report: ProvisioningReport | null): AppNotice {
  if (!report) return { kind: 'provisioning-missing', detail: '' };
  if (report.outcome === 'invalid') return { kind: 'provisioning-refused', detail: report.problems.join('; ') };
  return { kind: report.outcome === 'applied' ? 'provisioning-applied' : 'provisioning-unchanged', detail: '' };
}
