// The implementations behind every contract call, built from the services; the shell and the test bridge both use this.
import { journalCsv } from './checkout/journal-csv';
import { reconcileDay } from './checkout/reconcile';
import type { WriteOffDesk } from './checkout/write-off';
import { createCardAhead } from './customers/card-ahead';
import { getHistoryPage, getHoldings } from './customers/holdings';
import { createClientSearch } from './customers/search';
import type { AppInfo, UpdateStatus } from '../common/contract';
import type { CallImplementations } from './ipc/handlers';
import type { LoyaltyClient } from './loyalty/client';
import type { SettingsCalls } from './settings/settings-service';

export interface CallDependencies {
  /** The client for the current settings; asked anew on each call so a settings change takes effect at once. */
  loyaltyClient: () => LoyaltyClient;
  appInfo: () => AppInfo;
  writeOffs: WriteOffDesk;
  updateStatus: () => UpdateStatus;
  settings: SettingsCalls;
}

export function createCallImplementations({
  loyaltyClient,
  appInfo,
  writeOffs,
  updateStatus,
  settings,
}: CallDependencies): CallImplementations {
  const searchClients = createClientSearch();
  const cardAhead = createCardAhead();
  return {
    appInfo: async () => appInfo(),
    searchClients: (search) => {
      const client = loyaltyClient();
      return cardAhead.search(client, () => searchClients(client, search));
    },
    getCustomer: ({ clientId, justFound }) =>
      justFound ? cardAhead.foundCard(loyaltyClient(), clientId) : getHoldings(loyaltyClient(), clientId),
    getHistory: (query) => getHistoryPage(loyaltyClient(), query),
    writeOff: (request) => writeOffs.send(request),
    getWriteOff: ({ journalId }) => writeOffs.report(journalId),
    finishWithoutWriteOff: ({ journalId }) => writeOffs.finishWithout(journalId),
    resolveWriteOff: async ({ journalId, note }) => {
      // Reading the settings is the PIN-guarded call: it throws "forbidden" unless a manager unlocked them.
      await settings.getSettings();
      return writeOffs.resolve(journalId, note);
    },
    listJournal: ({ day }) => writeOffs.listDay(day),
    exportJournalCsv: async ({ day, language }) => journalCsv(await writeOffs.listDay(day), language),
    reconcileShift: async ({ day }) => {
      // Only write-offs of the server the terminal is connected to can be compared with its history.
      const journal = await writeOffs.listDay(day);
      const training = appInfo().mode === 'training';
      return reconcileDay(loyaltyClient(), {
        ...journal,
        entries: journal.entries.filter((entry) => entry.training === training),
      });
    },
    recoveredAtStart: () => writeOffs.recoveredAtStart(),
    updateStatus: async () => updateStatus(),
    ...settings,
  };
}
