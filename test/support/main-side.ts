// The app's main side through the app's own composition root, for tests: settings in a temporary folder with a test vault.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import type { AppNotice } from '../../common/notices';
import type { SettleTiming } from '../../electron/checkout/settle';
import type { WriteOffDesk } from '../../electron/checkout/write-off';
import { composeMainSide } from '../../electron/compose';
import type { UpdateStatus } from '../../common/contract';
import type { HandlerTable } from '../../electron/ipc/handlers';
import { createLogRedactionHook, createLogRedactor } from '../../electron/security/redact';
import type { SettingsService } from '../../electron/settings/settings-service';
import { STORE_SCHEMA } from '../../electron/settings/settings-store';
import type { TillSettings } from '../../electron/settings/till';
import type { Simulator } from '../../electron/training/simulator';
import { createTestEncryptor, type TestEncryptorOptions } from './test-encryptor';

export interface MainSideOptions {
  /** Training mode's in-process simulator. */
  simulator: Simulator;
  /** The connection the settings start with. */
  connection: { mode: 'training' | 'live'; baseUrl: string; timeoutMs: number };
  isTrustedCaller: (frameUrl: string) => boolean;
  encryptor?: TestEncryptorOptions;
  now?: () => number;
  updateStatus?: () => UpdateStatus;
  /** Wraps the real, journaled write-off desk, e.g. to play a settlement step by step or a failure the window must show. */
  writeOffs?: (real: WriteOffDesk) => WriteOffDesk;
  settleTiming?: Partial<SettleTiming>;
  /** A journal folder to open instead of a fresh one (a restart test); then it is not removed on close. */
  journalDir?: string;
  /** What start-up would have found for a manager (a damaged settings file kept aside). */
  startupNotices?: AppNotice[];
  /** The till's settings the terminal starts with (point value, idle time, settling times), as a manager set them. */
  till?: Partial<TillSettings>;
}

export interface MainSide {
  handlers: HandlerTable;
  settings: SettingsService;
  settingsDir: string;
  writeOffs: WriteOffDesk;
  journalDir: string;
  /** Every log line written, after the same redaction hook the app installs into electron-log. */
  logLines: string[];
  close(): Promise<void>;
}

export async function createMainSide({
  simulator,
  connection,
  isTrustedCaller,
  encryptor,
  now,
  updateStatus,
  writeOffs,
  settleTiming,
  journalDir,
  startupNotices,
  till,
}: MainSideOptions): Promise<MainSide> {
  const settingsDir = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-settings-'));
  const store = new Conf({ cwd: settingsDir, configName: 'settings', schema: STORE_SCHEMA });
  store.set('connection', connection);
  if (till) store.set('till', till);
  const logLines: string[] = [];
  // Pointed at the settings once they exist: the log hook asks for the known secrets at every line, as the app's does.
  const known = { secrets: (): readonly string[] => [] };
  const redactLog = createLogRedactionHook(createLogRedactor(() => known.secrets()));
  const log = (...data: unknown[]) => {
    const { data: redacted } = redactLog({ data });
    logLines.push(
      redacted
        .map((item) => (item instanceof Error ? `${item.message}\n${item.stack}` : JSON.stringify(item)))
        .join(' '),
    );
  };
  const journal = journalDir ?? (await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-journal-')));
  const side = await composeMainSide({
    store,
    vaultFile: path.join(settingsDir, 'credentials.json'),
    encryptor: createTestEncryptor(encryptor),
    provisionFile: null,
    journalDir: journal,
    trainingFetch: simulator.fetch,
    version: 'test',
    isTrustedCaller,
    updateStatus: () => updateStatus ?? (() => ({ state: 'none', version: null })),
    log: {
      info: (message) => log(message),
      warn: (message) => log(message),
      error: (message, error) => log(message, error),
    },
    now,
    settleTiming,
    wrapWriteOffs: writeOffs,
    startupNotices,
  });
  known.secrets = () => side.settings.knownSecrets();
  async function close() {
    await side.close();
    await rm(settingsDir, { recursive: true, force: true });
    if (!journalDir) await rm(journal, { recursive: true, force: true });
  }
  return {
    handlers: side.handlers,
    settings: side.settings,
    settingsDir,
    writeOffs: side.writeOffs,
    journalDir: journal,
    logLines,
    close,
  };
}
