// The app's main side as main.ts wires it, for tests: settings in a temporary folder with a test vault, the loyalty client, the handler table.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { createCallImplementations } from '../../electron/calls';
import type { SettleTiming } from '../../electron/checkout/settle';
import { createWriteOffDesk, serverOf, type WriteOffDesk } from '../../electron/checkout/write-off';
import type { UpdateStatus } from '../../electron/ipc/contract';
import { createHandlerTable, type HandlerTable } from '../../electron/ipc/handlers';
import { loyaltyClientProvider } from '../../electron/loyalty/connect';
import { createLogRedactionHook } from '../../electron/security/log-redaction';
import { createLogRedactor, createSecretRedactor } from '../../electron/security/redact';
import type { SettingsService } from '../../electron/settings/settings-service';
import { STORE_SCHEMA } from '../../electron/settings/settings-store';
import { setupSettings } from '../../electron/settings/setup';
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

export async function createMainSide({ simulator, connection, isTrustedCaller, encryptor, now, updateStatus, writeOffs, settleTiming, journalDir }: MainSideOptions): Promise<MainSide> {
  const settingsDir = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-settings-'));
  const store = new Conf({ cwd: settingsDir, configName: 'settings', schema: STORE_SCHEMA });
  store.set('connection', connection);
  const { settings } = await setupSettings({
    store,
    vaultFile: path.join(settingsDir, 'credentials.json'),
    encryptor: createTestEncryptor(encryptor),
    provisionFile: null,
    now,
  });
  const logLines: string[] = [];
  const redactLog = createLogRedactionHook(createLogRedactor(() => settings.knownSecrets()));
  const log = (...data: unknown[]) => {
    const { data: redacted } = redactLog({ data });
    logLines.push(redacted.map((item) => (item instanceof Error ? `${item.message}\n${item.stack}` : JSON.stringify(item))).join(' '));
  };
  const loyaltyClient = loyaltyClientProvider(() => settings.connectionState(), simulator.fetch);
  const journal = journalDir ?? (await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-journal-')));
  const realDesk = createWriteOffDesk({
    journalDir: journal,
    terminalId: settings.terminalId(),
    loyaltyClient,
    server: () => serverOf(settings.connectionState().connection),
    timing: settleTiming,
    now,
    logError: (message, error) => log(message, error),
  });
  const desk = writeOffs ? writeOffs(realDesk) : realDesk;
  const implementations = createCallImplementations({
    loyaltyClient,
    appInfo: () => ({ mode: settings.connectionState().connection.mode, version: 'test', language: settings.language() }),
    writeOffs: desk,
    updateStatus: updateStatus ?? (() => ({ state: 'none', version: null })),
    settings: settings.calls,
  });
  const handlers = createHandlerTable(implementations, {
    isTrustedCaller,
    logUnexpected: (call, error) => log(`call ${call} failed unexpectedly`, error),
    redact: createSecretRedactor(() => settings.knownSecrets()),
  });
  async function close() {
    await realDesk.close();
    await rm(settingsDir, { recursive: true, force: true });
    if (!journalDir) await rm(journal, { recursive: true, force: true });
  }
  return { handlers, settings, settingsDir, writeOffs: desk, journalDir: journal, logLines, close };
}
