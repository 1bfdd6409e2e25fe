// The write-off desk: journals every write-off before it is sent, sends it once, settles an unknown outcome by reading back.
import { randomUUID } from 'node:crypto';
import type { WriteOffRequest } from '../../common/domain';
import type { JournalDay, JournalEntry, JournalOutcome, StartupRecovery } from '../../common/journal';
import { isWritableCurrency } from '../../common/money';
import type { InDoubtCause, SettlementStep, WriteOffReport } from '../ipc/contract';
import { PosFailure } from '../ipc/failure';
import { redactCredentialShapes } from '../security/redact';
import { localDay } from '../journal/files';
import type { LoyaltyClient } from '../loyalty/client';
import { classifyWriteOffFailure } from './classify';
import type { IntentRecord, JournalStory } from './journal-records';
import { readSnapshot } from './read-back';
import { DEFAULT_SETTLE_TIMING, settleByReadingBack, type Settlement, type SettleTiming } from './settle';
import { openWriteOffJournal, type WriteOffJournal } from './write-off-journal';

/** Checks that a write-off is worth sending: never empty (NOTES.md §10), only known currencies (§9), nothing twice. */
export function assertSendable(request: WriteOffRequest): void {
  if (request.balance.length === 0 && request.coupons.length === 0) {
    throw new PosFailure('invalid-input', 'Nothing to write off');
  }
  const currencies = request.balance.map((line) => line.currency);
  if (!currencies.every(isWritableCurrency)) throw new PosFailure('invalid-input', 'Only points and rubles can be written off');
  if (new Set(currencies).size !== currencies.length) throw new PosFailure('invalid-input', 'A currency is listed twice');
  if (new Set(request.coupons).size !== request.coupons.length) throw new PosFailure('invalid-input', 'A coupon is listed twice');
}

export interface WriteOffDeskOptions {
  /** The folder the journal lives in (the app's data folder in the shell, a temporary one in tests). */
  journalDir: string;
  /** Names this terminal in every journal record. */
  terminalId: string;
  /** The client for the current settings, asked anew for each request. */
  loyaltyClient: () => LoyaltyClient;
  /** Which server that client talks to: TRAINING_SERVER, or the live API's address. */
  server: () => string;
  now?: () => number;
  timing?: Partial<SettleTiming>;
  /** Where failures nobody can act on at once are recorded (a journal append that failed after the POST). */
  logError?: (message: string, error: unknown) => void;
}

export interface WriteOffDesk {
  /** Sends a write-off once; rejects with `busy` while another one for the same client is being sent or settled. */
  send(request: WriteOffRequest): Promise<WriteOffReport>;
  report(journalId: string): Promise<WriteOffReport>;
  /** The write-offs confirmed on a local day (YYYY-MM-DD; today on this terminal's clock when not given). */
  listDay(day?: string): Promise<JournalDay>;
  /** What start-up found unfinished from the previous run, as it stands now. */
  recoveredAtStart(): Promise<StartupRecovery>;
  /** What is under way right now, for the update gate: an update must not replace the code half-way through either. */
  activity(): WriteOffActivity;
  /** Resolves when nothing is being settled any more (for tests and for closing). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface WriteOffActivity {
  /** Write-offs being prepared or sent whose answer has not come back yet. */
  writeOffsInFlight: number;
  /** Write-offs whose outcome is unknown until reading back settles them; while the journal is still being read, one. */
  writeOffsInDoubt: number;
}

/** A write-off of this run (or recovered at its start), as it stands. */
interface Live {
  intent: IntentRecord;
  outcome: JournalOutcome;
  step: SettlementStep | null;
  readFailures: number;
  note: string | null;
  recovered: boolean;
  /** Why its outcome became unknown: set when the POST came back without one; a write-off found unfinished at start was interrupted. */
  doubt?: InDoubtCause;
}

/** The server key of the built-in simulator; its write-offs are practice and are marked so in the journal. */
export const TRAINING_SERVER = 'training';

/** The server a connection's write-offs go to, as the journal names it. */
export function serverOf(connection: { mode: 'training' | 'live'; baseUrl: string }): string {
  return connection.mode === 'training' ? TRAINING_SERVER : connection.baseUrl;
}

export function createWriteOffDesk(options: WriteOffDeskOptions): WriteOffDesk {
  const now = options.now ?? Date.now;
  const timing = { ...DEFAULT_SETTLE_TIMING, ...options.timing };
  const logError = options.logError ?? (() => undefined);
  const live = new Map<string, Live>();
  /** Clients with a write-off being sent or in doubt, and how many (more than one only for a journal from before this rule). */
  const busy = new Map<number, number>();
  const settling = new Set<Promise<void>>();
  const closing = new AbortController();
  let setAsideAtStart: StartupRecovery['setAside'] = [];
  let inFlight = 0;
  /** Until the journal is read, what the previous run left unfinished is unknown, so it counts as in doubt. */
  let opening = true;

  const hold = (clientId: number) => busy.set(clientId, (busy.get(clientId) ?? 0) + 1);
  const release = (clientId: number) => {
    const count = (busy.get(clientId) ?? 1) - 1;
    if (count > 0) busy.set(clientId, count);
    else busy.delete(clientId);
  };

  // Opened once; every call waits for it, so no write-off starts before the unfinished ones are known and held.
  const opened: Promise<WriteOffJournal> = openWriteOffJournal(options.journalDir, now).then(async (journal) => {
    setAsideAtStart = journal.setAsideAtStart.map(({ file, line, kind }) => ({ file, line, kind }));
    for (const line of setAsideAtStart) logError('journal: a line that could not be read was copied to the quarantine', line);
    for (const story of journal.unfinishedAtStart) await recover(journal, story);
    return journal;
  });
  opened.then(
    () => (opening = false),
    (error: unknown) => {
      // Nothing can be sent without a journal, so nothing is under way either.
      opening = false;
      logError('the write-off journal could not be opened', error);
    },
  );

  async function journal(): Promise<WriteOffJournal> {
    try {
      return await opened;
    } catch {
      throw new PosFailure('journal-unavailable', 'The write-off journal cannot be opened, so no write-off can be sent');
    }
  }

  /** Appends the entry's outcome; if the disk refuses it after the POST left, the journal still says "sent" and the next start reads back. */
  async function recordOutcome(journalDesk: WriteOffJournal, entry: Live, extra: { transactionIds?: string[] } = {}): Promise<void> {
    const state = entry.outcome === 'sending' ? 'sent' : entry.outcome;
    await journalDesk
      .recordState({ id: entry.intent.id, state, ...(entry.note === null ? {} : { note: entry.note }), ...extra, ...(entry.recovered ? { recovered: true } : {}) })
      .catch((error: unknown) => logError(`journal: could not record ${state} for ${entry.intent.id}`, error));
  }

  /** An intent left unfinished by the previous run: "sent" or "in doubt" is read back; an intent alone never left. */
  async function recover(journalDesk: WriteOffJournal, story: JournalStory): Promise<void> {
    const entry: Live = { intent: story.intent, outcome: 'in-doubt', step: null, readFailures: 0, note: null, recovered: true };
    live.set(story.intent.id, entry);
    if (story.last === null) {
      // "sent" is on disk before the POST leaves, so an intent without it was never sent.
      entry.outcome = 'not-sent';
      await recordOutcome(journalDesk, entry);
      return;
    }
    hold(story.intent.clientId);
    if (story.last.state !== 'in-doubt') await recordOutcome(journalDesk, entry);
    settleInBackground(journalDesk, entry);
  }

  function settleInBackground(journalDesk: WriteOffJournal, entry: Live): void {
    const progress = ({ step, readFailures }: { step: SettlementStep; readFailures: number }) => {
      entry.step = step;
      entry.readFailures = readFailures;
    };
    // Reading back is only meaningful on the server the write-off went to; after a switch it waits until the terminal is back there.
    const client = () => {
      if (options.server() !== entry.intent.server) throw new Error('Connected to another loyalty server');
      return options.loyaltyClient();
    };
    const run = settleByReadingBack(client, entry.intent, timing, progress, closing.signal)
      .then(async (settlement: Settlement) => {
        entry.outcome = settlement.state;
        entry.step = null;
        entry.readFailures = 0;
        entry.note = settlement.state === 'needs-review' ? settlement.note : null;
        await recordOutcome(journalDesk, entry, settlement.state === 'settled-applied' ? { transactionIds: settlement.transactionIds } : {});
      })
      // Closing stops the reading; the journal still says "in doubt", so the next start takes it up again.
      .catch((error: unknown) => {
        if (!closing.signal.aborted) logError(`settling ${entry.intent.id} failed`, error);
      })
      .finally(() => {
        release(entry.intent.clientId);
        settling.delete(run);
      });
    settling.add(run);
  }

  async function send(request: WriteOffRequest): Promise<WriteOffReport> {
    assertSendable(request);
    const journalDesk = await journal();
    // Checked and taken with no await in between: two confirms at once cannot both pass.
    if (busy.has(request.clientId)) throw new PosFailure('busy', 'A write-off for this client is still being sent or checked');
    hold(request.clientId);
    inFlight += 1;
    let handedOver = false;
    try {
      // One client and server for the whole write-off, even if the settings change while it is under way.
      const client = options.loyaltyClient();
      const server = options.server();
      const snapshot = await readSnapshot(client, request.clientId, now());
      const missing = request.coupons.find((id) => !snapshot.couponIds.includes(id));
      if (missing !== undefined) throw new PosFailure('rejected', `The client does not hold coupon ${missing}`);
      const intent: IntentRecord = { type: 'intent', id: randomUUID(), at: now(), terminalId: options.terminalId, server, ...request, snapshot };
      try {
        await journalDesk.recordIntent(intent);
        await journalDesk.recordState({ id: intent.id, state: 'sent' });
      } catch (error) {
        logError('journal: could not record a write-off before sending it', error);
        throw new PosFailure('journal-unavailable', 'The write-off could not be written to the journal, so it was not sent');
      }
      const entry: Live = { intent, outcome: 'sending', step: null, readFailures: 0, note: null, recovered: false };
      live.set(intent.id, entry);
      handedOver = await post(journalDesk, entry, () => client.writeOff(request));
      return reportOf(entry);
    } finally {
      inFlight -= 1;
      if (!handedOver) release(request.clientId);
    }
  }

  /** Sends the POST once and records what it means; true when the outcome is unknown and settling has taken over the client. */
  async function post(journalDesk: WriteOffJournal, entry: Live, sendOnce: () => Promise<void>): Promise<boolean> {
    try {
      await sendOnce();
      entry.outcome = 'applied';
    } catch (error) {
      const failure = classifyWriteOffFailure(error);
      entry.outcome = failure.kind;
      // The note goes to disk and into the CSV: a credential a server echoed in its refusal is removed first.
      if (failure.kind !== 'in-doubt') entry.note = redactCredentialShapes(failure.message);
      else entry.doubt = failure.cause;
    }
    await recordOutcome(journalDesk, entry);
    if (entry.outcome !== 'in-doubt') return false;
    settleInBackground(journalDesk, entry);
    return true;
  }

  return {
    send,
    async report(journalId) {
      await journal();
      const entry = live.get(journalId);
      if (!entry) throw new PosFailure('not-found', 'No such write-off');
      return reportOf(entry);
    },
    async listDay(day = localDay(now())) {
      const { stories, damaged } = await (await journal()).listDay(day);
      // A write-off of this run is told as it stands in memory, which is ahead of the disk while a state is being written.
      const entries = stories.map((story) => {
        const current = live.get(story.intent.id);
        return current ? entryOf(current) : entryOf(liveOf(story));
      });
      return { day, entries, damagedRecords: damaged };
    },
    async recoveredAtStart() {
      await journal();
      const entries = [...live.values()].filter((entry) => entry.recovered).map(entryOf);
      return { entries, setAside: setAsideAtStart };
    },
    activity: () => ({
      writeOffsInFlight: inFlight,
      writeOffsInDoubt: [...live.values()].filter((entry) => entry.outcome === 'in-doubt').length + (opening ? 1 : 0),
    }),
    async settled() {
      await opened.catch(() => undefined);
      while (settling.size > 0) await Promise.all(settling);
    },
    async close() {
      closing.abort(new Error('The write-off desk is closing'));
      await Promise.all(settling);
      await (await opened.catch(() => null))?.close();
    },
  };
}

/** A write-off from disk told the same way as a live one: `sent` means the answer never got recorded. */
function liveOf(story: JournalStory): Live {
  const state = story.last?.state;
  const outcome: JournalOutcome = state === undefined || state === 'sent' ? 'sending' : state;
  return { intent: story.intent, outcome, step: null, readFailures: 0, note: story.last?.note ?? null, recovered: story.recovered };
}

function entryOf({ intent, outcome, note, recovered }: Live): JournalEntry {
  const { id, terminalId, clientId, balance, coupons, at, server } = intent;
  return { journalId: id, terminalId, clientId, balance, coupons, createdAt: at, outcome, note, recovered, training: server === TRAINING_SERVER };
}

/** The cashier's view: a refused or unsent write-off is told as the failure it was when it was sent. */
function reportOf(entry: Live): WriteOffReport {
  const { intent, outcome, step, note, readFailures, recovered } = entry;
  if (outcome === 'refused') throw new PosFailure('rejected', note ?? 'The server refused the write-off');
  if (outcome === 'not-sent') throw new PosFailure('network', note ?? 'The write-off was not sent');
  const state = outcome === 'sending' ? 'in-doubt' : outcome;
  const { id, clientId, balance, coupons, at } = intent;
  const inDoubtCause = outcome === 'applied' ? null : (entry.doubt ?? (recovered ? 'interrupted' : null));
  return {
    journalId: id,
    clientId,
    state,
    step,
    balance,
    coupons,
    createdAt: at,
    reviewNote: outcome === 'needs-review' ? note : null,
    readFailures,
    inDoubtCause,
  };
}
