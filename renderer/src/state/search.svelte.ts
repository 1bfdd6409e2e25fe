// Finding a customer: what is typed in each mode, searching on Enter and as the cashier types, and only the newest answer shown.
import type { ClientMatches } from '../../../common/contract';
import { isWholeNumber, MIN_SEARCH_DIGITS, phoneDigits } from '../../../common/phone';
import type { PosError } from '../../../common/result';
import { latestOnly } from '../lib/latest';
import { pos } from '../lib/pos';

export type SearchMode = 'phone' | 'email';

/** A pause this long after a keystroke counts as "done typing for now". */
export const TYPE_AHEAD_DELAY_MS = 300;
/**
 * "Not found" waits this long after the last keystroke (or for Enter): a cashier typing a number in groups pauses
 * between them, and the first four digits found nothing only because the number is not finished.
 */
export const NOT_FOUND_PAUSE_MS = 1500;
const MIN_EMAIL_CHARS = 3;

export type SearchStatus = 'idle' | 'too-short' | 'searching' | 'answered' | 'failed';

/** What a search is for: the digits of a phone or the trimmed email, so "+7 912…" and "8 912…" are one search. */
function searchKey(mode: SearchMode, text: string): string | null {
  if (mode === 'phone') {
    const digits = phoneDigits(text);
    return digits.length >= MIN_SEARCH_DIGITS ? digits : null;
  }
  const email = text.trim();
  return email.length >= MIN_EMAIL_CHARS ? email : null;
}

class SearchState {
  mode = $state<SearchMode>('phone');
  /** Each mode keeps its own text, so switching back and forth never loses what was typed. */
  text = $state<Record<SearchMode, string>>({ phone: '', email: '' });
  status = $state<SearchStatus>('idle');
  matches = $state<ClientMatches | null>(null);
  error = $state<PosError | null>(null);
  key = $derived(searchKey(this.mode, this.text[this.mode]));
  /** The cashier is still typing: a "not found" answer is kept back until a pause or Enter. */
  typing = $state(false);
  /** Nothing found, and the cashier is done typing: only then is it shown and said. */
  nothingFound = $derived(this.status === 'answered' && this.matches?.total === 0 && !this.typing);

  #requests = latestOnly();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** The answer being waited for, so Enter during a type-ahead search waits for it instead of asking twice. */
  #pending: { key: string; mode: SearchMode; answer: Promise<ClientMatches | null> } | null = null;
  #answeredKey: string | null = null;
  /** Told when an answer finds exactly one customer, so their card can be read before Enter asks for it. */
  onlyOne: ((client: ClientMatches['clients'][number]) => void) | null = null;

  /** After each keystroke: searches once typing pauses (a whole number at once), and only a phone with enough digits (email waits for Enter). */
  typed(): void {
    clearTimeout(this.#timer);
    const key = this.key;
    if (key === null) {
      this.#forget();
      return;
    }
    if (key === this.#answeredKey && this.#pending && this.#pending.key !== key) {
      // Back to a number already answered (a digit typed, then taken back): the search for the longer one, still on its
      // way, is no longer what the field says, and its answer must not replace the one that is.
      this.#requests.invalidate();
      this.#pending = null;
      this.status = 'answered';
    }
    this.typing = true;
    clearTimeout(this.#pauseTimer);
    this.#pauseTimer = setTimeout(() => (this.typing = false), NOT_FOUND_PAUSE_MS);
    if (this.mode === 'phone' && key !== this.#answeredKey && key !== this.#pending?.key) {
      // A whole number is searched at once: Enter, a key later, then finds its card read or on its way.
      if (isWholeNumber(this.text.phone)) void this.#search(key);
      else this.#timer = setTimeout(() => void this.#search(key), TYPE_AHEAD_DELAY_MS);
    }
  }

  /** Enter: the answer for exactly what is typed now, reusing one already shown or on its way; null if there is none to act on. */
  async submit(): Promise<ClientMatches | null> {
    clearTimeout(this.#timer);
    clearTimeout(this.#pauseTimer);
    this.typing = false;
    const key = this.key;
    if (key === null) {
      this.#forget();
      this.status = 'too-short';
      return null;
    }
    if (key === this.#answeredKey && this.status === 'answered') return this.matches;
    if (this.#pending?.key === key && this.#pending.mode === this.mode) return this.#pending.answer;
    return this.#search(key);
  }

  switchMode(): void {
    this.mode = this.mode === 'phone' ? 'email' : 'phone';
    this.#forget();
  }

  /** Empties the field of the current mode, and what it found. */
  clear(): void {
    this.text[this.mode] = '';
    this.#forget();
  }

  /** A new phone search that starts with what was typed elsewhere (a digit on the card or in the list). */
  startWith(typed: string): void {
    this.reset();
    this.text.phone = typed;
    this.typed();
  }

  /** Both fields empty, phone first, nothing shown: the start of the next customer. */
  reset(): void {
    this.text = { phone: '', email: '' };
    this.mode = 'phone';
    this.#forget();
  }

  #forget(): void {
    clearTimeout(this.#timer);
    clearTimeout(this.#pauseTimer);
    this.typing = false;
    this.#requests.invalidate();
    this.#pending = null;
    this.#answeredKey = null;
    this.status = 'idle';
    this.matches = null;
    this.error = null;
  }

  #search(key: string): Promise<ClientMatches | null> {
    const ticket = this.#requests.begin();
    const mode = this.mode;
    this.status = 'searching';
    const answer = pos.searchClients({ by: mode, query: key }).then((result) => {
      // An IPC call cannot be cancelled: a newer search, or a cleared field, makes this answer stale.
      if (!this.#requests.isLatest(ticket)) return null;
      this.#pending = null;
      if (!result.ok) {
        this.status = 'failed';
        this.error = result.error;
        return null;
      }
      this.#answeredKey = key;
      this.status = 'answered';
      this.matches = result.value;
      this.error = null;
      const [only] = result.value.clients;
      if (result.value.total === 1 && only) this.onlyOne?.(only);
      return result.value;
    });
    this.#pending = { key, mode, answer };
    return answer;
  }
}

export const search = new SearchState();
