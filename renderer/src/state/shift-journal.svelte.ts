// The shift journal's state: the day shown (and as typed, day first), its write-offs at a glance, what start-up found,
// the reconciliation, and which action is under way. The component keeps the markup, the polling and the download.
import type { JournalCsv, JournalDay, Reconciliation, StartupRecovery } from '../../../common/journal';
import type { PosError } from '../../../common/result';
import { readDay, type DayProblem } from '../lib/date-range';
import { dayTotals, needsManagerFirst } from '../lib/journal-glance';
import { pos } from '../lib/pos';

const two = (value: number) => String(value).padStart(2, '0');
/** YYYY-MM-DD as the field shows it: 01.03.2025. */
const dayShown = (iso: string) => iso.split('-').reverse().join('.');

export class ShiftJournalState {
  /** The day shown, YYYY-MM-DD; empty until the first listing says what today is on the terminal's clock. */
  day = $state('');
  /** The day as the manager types it, day first like history's fields; it becomes `day` on Enter. */
  dayText = $state('');
  dayProblem = $state<DayProblem | null>(null);
  journal = $state<JournalDay | null>(null);
  recovery = $state<StartupRecovery | null>(null);
  reconciliation = $state<Reconciliation | null>(null);
  working = $state<'export' | 'reconcile' | null>(null);
  error = $state<PosError | null>(null);
  totals = $derived(this.journal ? dayTotals(this.journal.entries) : null);
  /** The day's write-offs, those that need a manager first. */
  entries = $derived(this.journal ? needsManagerFirst(this.journal.entries) : []);

  /** A write-off of the day is still being sent or checked, so the journal should look again soon. */
  get unsettled(): boolean {
    return !!this.journal?.entries.some(
      (entry) => entry.outcome === 'in-doubt' || entry.outcome === 'sending' || entry.outcome === 'needs-review',
    );
  }

  /** Lists a day (today on the terminal's calendar when none is named) and what start-up found. */
  async load(wanted?: string): Promise<void> {
    const [listed, recovered] = await Promise.all([
      pos.listJournal(wanted ? { day: wanted } : {}),
      pos.recoveredAtStart(),
    ]);
    if (recovered.ok) this.recovery = recovered.value;
    if (!listed.ok) {
      this.error = listed.error;
      return;
    }
    this.error = null;
    if (listed.value.day !== this.journal?.day) this.reconciliation = null;
    this.journal = listed.value;
    this.day = listed.value.day;
    this.dayText = dayShown(this.day);
  }

  /** Enter in the day field: the typed day is shown, or its problem is. */
  async showTypedDay(): Promise<void> {
    const read = readDay(this.dayText);
    this.dayProblem = read.ok ? null : read.error;
    if (read.ok) await this.load(`${read.day.year}-${two(read.day.month)}-${two(read.day.day)}`);
  }

  /** The day's CSV, for the component to offer as a download; null when it failed (the error is shown). */
  async exportCsv(language: 'ru' | 'en'): Promise<JournalCsv | null> {
    if (!this.journal || this.working !== null) return null;
    this.working = 'export';
    const result = await pos.exportJournalCsv({ day: this.day, language });
    this.working = null;
    if (result.ok) return result.value;
    this.error = result.error;
    return null;
  }

  async reconcile(): Promise<void> {
    if (!this.journal || this.working !== null) return;
    this.working = 'reconcile';
    const result = await pos.reconcileShift({ day: this.day });
    this.working = null;
    if (result.ok) this.reconciliation = result.value;
    else this.error = result.error;
  }
}
