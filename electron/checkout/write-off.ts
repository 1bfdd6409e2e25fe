// The write-off desk: journals every write-off before it is sent, sends it once, settles an unknown outcome by watching the
// account, and holds the customer on this terminal until it is settled or a manager resolves it.
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { WriteOffRequest } from '../../common/domain';
import type { JournalCustomer, JournalDay, JournalEntry, JournalOutcome, StartupRecovery } from '../../common/journal';
import { isWritableCurrency } from '../../common/money';
import type { InDoubtCause, SettlementStep, WriteOffReport } from '../../common/contract';
import { PosFailure } from '../../common/failure';
import { redactCredentialShapes } from '../security/redact';
import { localDay } from '../journal/files';
import type { LoyaltyClient } from '../loyalty/client';
import { classifyWriteOffFailure } from './classify';
import type { JournalKey } from '../journal/sealed-line';
import { UNVERIFIED_NOTES, type IntentRecord, type JournalStory, type UnverifiedLine } from './journal-records';
import { MAX_CLOCK_SKEW_MS, readSnapshot } from './read-back';
import { DEFAULT_SETTLE_TIMING, watchWriteOff, type SettleTiming, type WatchUpdate } from './settle';
import { openWriteOffJournal, type WriteOffJournal } from './write-off-journal';

/** Checks that a write-off is worth sending: never empty (NOTES.md §10), only known currencies (§9), nothing twice. */
export function assertSendable(request: WriteOffRequest): void {
  if (request.balance.length === 0 && request.coupons.length === 0) {
    throw new PosFailure('invalid-input', 'Nothing to write off');
  }
  const currencies = request.balance.map((line) => line.currency);
  if (!currencies.every(isWritableCurrency))
    throw new PosFailure('invalid-input', 'Only points and rubles can be written off');
  if (new Set(currencies).size !== currencies.length)
    throw new PosFailure('invalid-input', 'A currency is listed twice');
  if (new Set(request.coupons).size !== request.coupons.length)
    throw new PosFailure('invalid-input', 'A coupon is listed twice');
}

export interface WriteOffDeskOptions {
  /** The folder the journal lives in (the app's data folder in the shell, a temporary one in tests). */
  journalDir: string;
  /** Names this terminal in every journal record. */
  terminalId: string;
  /** Seals every journal line (derived from the vault's key); a line it does not verify never settles a write-off. */
  journalKey: JournalKey;
  /** The client for the current settings, asked anew for each request. */
  loyaltyClient: () => LoyaltyClient;
  /** Which server that client talks to: TRAINING_SERVER, or the live API's address. */
  server: () => string;
  /** Who a client is, as this terminal's own searches found them; the journal records it with the write-off. */
  customerOf?: (clientId: number) => JournalCustomer | null;
  now?: () => number;
  /** The manager's watch period and read-failure time, read as each watch begins so a change applies to the next one. */
  watchTiming?: () => Pick<SettleTiming, 'watchMs' | 'readFailureMs'>;
  /** Fixed timings that win over the manager's (tests: short pauses on a virtual clock). */
  timing?: Partial<SettleTiming>;
  /** Where failures nobody can act on at once are recorded (a journal append that failed after the POST). */
  logError?: (message: string, error: unknown) => void;
}

export interface WriteOffDesk {
  /** Sends a write-off once; rejects with `busy` while another one for the same client is being sent, watched or reviewed. */
  send(request: WriteOffRequest): Promise<WriteOffReport>;
  report(journalId: string): Promise<WriteOffReport>;
  /** The cashier finishes the sale without a write-off in doubt: journaled, and the terminal keeps watching it. */
  finishWithout(journalId: string): Promise<WriteOffReport>;
  /** A manager's decision on a write-off that needs review (or landed late), with a note; releases the customer. */
  resolve(journalId: string, note: string): Promise<WriteOffReport>;
  /** The write-offs confirmed on a local day (YYYY-MM-DD; today on this terminal's clock when not given). */
  listDay(day?: string): Promise<JournalDay>;
  /** What start-up found unfinished from the previous run, as it stands now. */
  recoveredAtStart(): Promise<StartupRecovery>;
  /** What is under way right now, for the update gate: an update must not replace the code half-way through either. */
  activity(): WriteOffActivity;
  /** Resolves when nothing is being watched any more, the background included (for tests and for closing). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface WriteOffActivity {
  /** Write-offs being prepared or sent whose answer has not come back yet. */
  writeOffsInFlight: number;
  /** Write-offs whose outcome is unknown until watching settles them; while the journal is still being read, one. */
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
  watchUntil: number | null;
  lateLanding: boolean;
  saleFinishedWithout: boolean;
  resolution: string | null;
  /** A journal line of it could not be believed: it needs a manager and is not watched, until one resolves it. */
  unverified: UnverifiedLine | null;
}

/** Outcomes that hold the customer on this terminal. */
const HOLDING: ReadonlySet<JournalOutcome> = new Set(['sending', 'in-doubt', 'needs-review']);

/** The server key of the built-in simulator; its write-offs are practice and are marked so in the journal. */
export const TRAINING_SERVER = 'training';

/** The server a connection's write-offs go to, as the journal names it. */
export function serverOf(connection: { mode: 'training' | 'live'; baseUrl: string }): string {
  return connection.mode === 'training' ? TRAINING_SERVER : connection.baseUrl;
}

export function createWriteOffDesk(options: WriteOffDeskOptions): WriteOffDesk {
  const now = options.now ?? Date.now;
  const timingNow = (): SettleTiming => ({ ...DEFAULT_SETTLE_TIMING, ...options.watchTiming?.(), ...options.timing });
  const logError = options.logError ?? (() => undefined);
  const live = new Map<string, Live>();
  /** Clients whose write-off is being prepared (before its journal entry exists). */
  const preparing = new Set<number>();
  const watching = new Set<Promise<void>>();
  const closing = new AbortController();
  // Every watched write-off waits on it (one listener each), and a busy shift watches many at once.
  setMaxListeners(0, closing.signal);
  let setAsideAtStart: StartupRecovery['setAside'] = [];
  let inFlight = 0;
  /** Until the journal is read, what the previous run left unfinished is unknown, so it counts as in doubt. */
  let opening = true;

  const holds = (clientId: number) =>
    preparing.has(clientId) ||
    [...live.values()].some((entry) => entry.intent.clientId === clientId && HOLDING.has(entry.outcome));

  // Opened once; every call waits for it, so no write-off starts before the unfinished ones are known and held.
  const opened: Promise<WriteOffJournal> = openWriteOffJournal(options.journalDir, now, options.journalKey).then(
    async (journal) => {
      setAsideAtStart = journal.setAsideAtStart.map(({ file, line, kind }) => ({ file, line, kind }));
      for (const line of setAsideAtStart)
        logError('journal: a line that could not be read was copied to the quarantine', line);
      for (const story of journal.unfinishedAtStart) await recover(journal, story);
      return journal;
    },
  );
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
      throw new PosFailure(
        'journal-unavailable',
        'The write-off journal cannot be opened, so no write-off can be sent',
      );
    }
  }

  /** Appends where the entry stands; if the disk refuses it after the POST left, the journal still says "sent" and the next start reads back. */
  async function recordOutcome(
    journalDesk: WriteOffJournal,
    entry: Live,
    extra: { transactionIds?: string[] } = {},
  ): Promise<void> {
    const state = entry.outcome === 'sending' ? 'sent' : entry.outcome;
    await journalDesk
      .recordState({
        id: entry.intent.id,
        state,
        ...(entry.note === null ? {} : { note: entry.note }),
        ...extra,
        ...(entry.recovered ? { recovered: true } : {}),
        ...(entry.lateLanding ? { lateLanding: true } : {}),
        ...(entry.saleFinishedWithout ? { saleFinishedWithout: true } : {}),
        ...(entry.resolution === null ? {} : { resolution: entry.resolution }),
        ...(entry.unverified === null ? {} : { unverifiedLine: entry.unverified }),
      })
      .catch((error: unknown) => logError(`journal: could not record ${state} for ${entry.intent.id}`, error));
  }

  /** An intent left unfinished by the previous run: "sent", "in doubt" or "needs review" is watched; an intent alone never left. */
  async function recover(journalDesk: WriteOffJournal, story: JournalStory): Promise<void> {
    const last = story.last;
    if (story.unverified !== null) {
      // Whatever its lines say, only a manager settles it: held, not watched (reading back would settle it unseen).
      const entry: Live = { ...liveOf(story), recovered: true };
      live.set(story.intent.id, entry);
      if (last?.state !== 'needs-review' || last.unverifiedLine !== story.unverified)
        await recordOutcome(journalDesk, entry);
      return;
    }
    const entry: Live = {
      ...blankLive(story.intent),
      outcome: last?.state === 'needs-review' ? 'needs-review' : 'in-doubt',
      note: last?.state === 'needs-review' ? (last.note ?? null) : null,
      recovered: true,
      lateLanding: last?.lateLanding === true,
      saleFinishedWithout: last?.saleFinishedWithout === true,
    };
    live.set(story.intent.id, entry);
    if (last === null) {
      // "sent" is on disk before the POST leaves, so an intent without it was never sent.
      entry.outcome = 'not-sent';
      await recordOutcome(journalDesk, entry);
      return;
    }
    if (last.state === 'sent') await recordOutcome(journalDesk, entry);
    watchInBackground(journalDesk, entry);
  }

  function watchInBackground(journalDesk: WriteOffJournal, entry: Live): void {
    const timing = timingNow();
    entry.watchUntil = entry.outcome === 'in-doubt' ? now() + timing.watchMs : null;
    // Reading back is only meaningful on the server the write-off went to; after a switch it waits until the terminal is back there.
    const client = () => {
      if (options.server() !== entry.intent.server) throw new Error('Connected to another loyalty server');
      return options.loyaltyClient();
    };
    let journaled: Promise<void> = Promise.resolve();
    const report = (update: WatchUpdate) => {
      if (update.kind === 'step') {
        entry.step = entry.outcome === 'in-doubt' ? update.step : null;
        entry.readFailures = update.readFailures;
        return;
      }
      // A manager's decision stands; watching only adds the flag and the finding.
      if (entry.outcome !== 'resolved') entry.outcome = update.state;
      if (update.state !== 'settled-applied' || entry.outcome === 'resolved') entry.note = update.note ?? entry.note;
      else entry.note = null;
      entry.lateLanding ||= update.lateLanding;
      entry.step = null;
      entry.watchUntil = null;
      const extra = update.transactionIds.length > 0 ? { transactionIds: update.transactionIds } : {};
      journaled = journaled.then(() => recordOutcome(journalDesk, entry, extra));
    };
    const superseded = () => {
      const newer = [...live.values()].filter(
        (other) => other.intent.clientId === entry.intent.clientId && other.intent.at > entry.intent.at,
      );
      return newer.length === 0
        ? null
        : Math.min(...newer.map((other) => other.intent.snapshot.serverTime ?? -Infinity));
    };
    const run = watchWriteOff({
      client,
      intent: entry.intent,
      timing,
      now,
      report,
      signal: closing.signal,
      resolved: () => entry.outcome === 'resolved',
      superseded,
    })
      // Closing stops the watching; the journal still says "in doubt" or "needs review", so the next start takes it up again.
      .catch((error: unknown) => {
        if (!closing.signal.aborted) logError(`watching ${entry.intent.id} failed`, error);
      })
      .then(() => journaled)
      .finally(() => watching.delete(run));
    watching.add(run);
  }

  async function send(request: WriteOffRequest): Promise<WriteOffReport> {
    assertSendable(request);
    const journalDesk = await journal();
    // Checked and taken with no await in between: two confirms at once cannot both pass.
    if (holds(request.clientId))
      throw new PosFailure('busy', 'A write-off for this client is still being sent, checked or reviewed');
    preparing.add(request.clientId);
    inFlight += 1;
    try {
      // One client and server for the whole write-off, even if the settings change while it is under way.
      const client = options.loyaltyClient();
      const server = options.server();
      const { snapshot, serverTime } = await readSnapshot(client, request.clientId, now());
      if (serverTime !== null && Math.abs(serverTime - now()) > MAX_CLOCK_SKEW_MS) {
        throw new PosFailure(
          'clock-skew',
          `The loyalty server's clock and this terminal's differ by ${Math.round(Math.abs(serverTime - now()) / 60_000)} minutes`,
        );
      }
      const missing = request.coupons.find((id) => !snapshot.couponIds.includes(id));
      if (missing !== undefined) throw new PosFailure('rejected', `The client does not hold coupon ${missing}`);
      const customer = options.customerOf?.(request.clientId) ?? null;
      const intent: IntentRecord = {
        type: 'intent',
        id: randomUUID(),
        at: now(),
        terminalId: options.terminalId,
        server,
        ...request,
        ...(customer ? { customer } : {}),
        snapshot,
      };
      try {
        await journalDesk.recordIntent(intent);
        await journalDesk.recordState({ id: intent.id, state: 'sent' });
      } catch (error) {
        logError('journal: could not record a write-off before sending it', error);
        throw new PosFailure(
          'journal-unavailable',
          'The write-off could not be written to the journal, so it was not sent',
        );
      }
      const entry: Live = blankLive(intent);
      live.set(intent.id, entry);
      preparing.delete(request.clientId);
      await post(journalDesk, entry, client, () => client.writeOff(request));
      return reportOf(entry);
    } finally {
      inFlight -= 1;
      preparing.delete(request.clientId);
    }
  }

  /** Sends the POST once and records what it means; an unknown outcome is handed to watching, which holds the client. */
  async function post(
    journalDesk: WriteOffJournal,
    entry: Live,
    client: LoyaltyClient,
    sendOnce: () => Promise<void>,
  ): Promise<void> {
    try {
      await sendOnce();
      entry.outcome = 'applied';
    } catch (error) {
      const failure = classifyWriteOffFailure(error);
      entry.outcome = failure.kind;
      // The note goes to disk and into the CSV: a credential a server echoed in its refusal is removed first.
      if (failure.kind !== 'in-doubt') entry.note = redactCredentialShapes(failure.message);
      else entry.doubt = failure.cause;
      if (failure.kind === 'refused' && entry.intent.coupons.length > 0) await readCouponsAfterRefusal(entry, client);
    }
    await recordOutcome(journalDesk, entry);
    if (entry.outcome === 'in-doubt') watchInBackground(journalDesk, entry);
  }

  /** A refusal of a write-off with coupons says nothing was written off only once the coupons are seen still held. */
  async function readCouponsAfterRefusal(entry: Live, client: LoyaltyClient): Promise<void> {
    const held = await client.getCoupons(entry.intent.clientId).catch(() => null);
    if (held === null) {
      entry.outcome = 'in-doubt';
      entry.note = null;
      return;
    }
    const gone = entry.intent.coupons.filter((id) => !held.some((coupon) => coupon.id === id));
    if (gone.length === 0) return;
    entry.outcome = 'needs-review';
    entry.note = `Сервер отказал в списании («${entry.note ?? ''}»), но ${gone.length === 1 ? `купон ${gone[0]} пропал` : `купоны ${gone.join(', ')} пропали`} из списка клиента. Сверьте историю клиента на сервере лояльности и решите, что делать; не повторяйте списание, пока это не выяснено.`;
  }

  /**
   * A write-off of an earlier day that a line in question flagged: start-up did not read it (it was finished then), yet
   * the journal shows it as needing review, so the manager resolves it like any other.
   */
  async function flaggedOnDisk(journalId: string): Promise<Live | undefined> {
    const story = await (await journal()).find(journalId);
    if (!story || story.unverified === null || live.has(journalId)) return live.get(journalId);
    const entry = liveOf(story);
    live.set(journalId, entry);
    return entry;
  }

  async function entryFor(journalId: string): Promise<Live> {
    await journal();
    const entry = live.get(journalId);
    if (!entry) throw new PosFailure('not-found', 'No such write-off');
    return entry;
  }

  return {
    send,
    async report(journalId) {
      return reportOf(await entryFor(journalId));
    },
    async finishWithout(journalId) {
      const entry = await entryFor(journalId);
      if (entry.outcome !== 'in-doubt' && entry.outcome !== 'needs-review')
        throw new PosFailure('invalid-input', 'Only a write-off in doubt can be left out of the sale');
      if (!entry.saleFinishedWithout) {
        entry.saleFinishedWithout = true;
        await recordOutcome(await journal(), entry);
      }
      return reportOf(entry);
    },
    async resolve(journalId, note) {
      const entry = live.get(journalId) ?? (await flaggedOnDisk(journalId)) ?? (await entryFor(journalId));
      if (entry.outcome !== 'needs-review' && !(entry.lateLanding && entry.resolution === null)) {
        throw new PosFailure(
          'invalid-input',
          'Only a write-off that needs review or landed late is resolved by a manager',
        );
      }
      if (entry.outcome === 'needs-review') entry.outcome = 'resolved';
      entry.resolution = note;
      entry.unverified = null;
      entry.step = null;
      await recordOutcome(await journal(), entry);
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
      while (watching.size > 0) await Promise.all(watching);
    },
    async close() {
      closing.abort(new Error('The write-off desk is closing'));
      await Promise.all(watching);
      await (await opened.catch(() => null))?.close();
    },
  };
}

function blankLive(intent: IntentRecord): Live {
  return {
    intent,
    outcome: 'sending',
    step: null,
    readFailures: 0,
    note: null,
    recovered: false,
    watchUntil: null,
    lateLanding: false,
    saleFinishedWithout: false,
    resolution: null,
    unverified: null,
  };
}

/**
 * A write-off from disk told the same way as a live one: `sent` means the answer never got recorded. One flagged by a
 * line in question needs review whatever its lines say.
 */
function liveOf(story: JournalStory): Live {
  const last = story.last;
  const state = last?.state;
  const unverified = story.unverified;
  const outcome: JournalOutcome =
    unverified !== null ? 'needs-review' : state === undefined || state === 'sent' ? 'sending' : state;
  const flagNote = unverified !== null && last?.unverifiedLine !== unverified ? UNVERIFIED_NOTES[unverified] : null;
  return {
    ...blankLive(story.intent),
    outcome,
    unverified,
    note: flagNote ?? last?.note ?? null,
    recovered: story.recovered,
    lateLanding: last?.lateLanding === true,
    saleFinishedWithout: last?.saleFinishedWithout === true,
    resolution: last?.resolution ?? null,
  };
}

function entryOf({
  intent,
  outcome,
  note,
  recovered,
  lateLanding,
  saleFinishedWithout,
  resolution,
}: Live): JournalEntry {
  const { id, terminalId, clientId, balance, coupons, at, server } = intent;
  return {
    journalId: id,
    terminalId,
    clientId,
    customer: intent.customer ?? null,
    balance,
    coupons,
    createdAt: at,
    outcome,
    note,
    recovered,
    training: server === TRAINING_SERVER,
    lateLanding,
    saleFinishedWithout,
    resolution,
  };
}

/** The cashier's view: a refused or unsent write-off is told as the failure it was when it was sent. */
function reportOf(entry: Live): WriteOffReport {
  const { intent, outcome, step, note, readFailures, recovered, watchUntil, lateLanding, saleFinishedWithout } = entry;
  if (outcome === 'refused') throw new PosFailure('rejected', note ?? 'The server refused the write-off');
  if (outcome === 'not-sent') throw new PosFailure('network', note ?? 'The write-off was not sent');
  const state = outcome === 'sending' ? 'in-doubt' : outcome;
  const { id, clientId, balance, coupons, at } = intent;
  const inDoubtCause = outcome === 'applied' ? null : (entry.doubt ?? (recovered ? 'interrupted' : null));
  const reviewNote =
    outcome === 'needs-review' || outcome === 'resolved' || lateLanding ? (entry.resolution ?? note) : null;
  return {
    journalId: id,
    clientId,
    state,
    step,
    balance,
    coupons,
    createdAt: at,
    reviewNote,
    readFailures,
    inDoubtCause,
    watchUntil,
    lateLanding,
    saleFinishedWithout,
    holdsCustomer: HOLDING.has(outcome),
  };
}
