// What reading back found, in plain Russian words for the manager who reviews a write-off the terminal could not settle.
import { minorToInputText } from '../../common/money';

const CURRENCY_WORDS: Record<string, string> = { points: 'баллов', rubles: 'руб.' };

export interface LineFinding {
  currency: string;
  amount: number;
  kind: 'found' | 'absent' | 'unsettled' | 'unexplained';
  /** The new history entries that could be it. */
  ids: string[];
  /** How the balance moved since the snapshot (minor units, negative: down); null when it could not be compared. */
  moved: number | null;
  /** The balance went down by more than the new history entries add up to: a debit the history does not show yet. */
  unseenDebit: boolean;
}

export interface CouponFinding {
  id: number;
  kind: 'held' | 'gone' | 'expired-or-gone';
}

const money = (amount: number, currency: string) =>
  `${amount < 0 ? '−' : ''}${minorToInputText(Math.abs(amount), ',')} ${CURRENCY_WORDS[currency] ?? currency}`;

function lineWords({ currency, amount, kind, ids, moved }: LineFinding): string {
  const what = money(amount, currency);
  const numbers = ids.map((id) => `№ ${id}`).join(', ');
  const balance = moved === null ? 'баланс сравнить не удалось' : `баланс изменился на ${money(moved, currency)}`;
  switch (kind) {
    case 'found':
      return `${what}: в истории есть запись ${numbers}, ${balance}`;
    case 'absent':
      return `${what}: новых списаний в истории нет, ${balance}`;
    case 'unsettled':
      return `${what}: история не сходится с балансом (${balance}${numbers ? `; новые записи ${numbers}` : ''}) — сервер мог ещё не показать все записи`;
    case 'unexplained':
      return `${what}: есть списания, которые могут быть этим в другом виде или чужими (${numbers}), ${balance}`;
  }
}

const COUPON_WORDS: Record<CouponFinding['kind'], string> = {
  held: 'всё ещё у покупателя',
  gone: 'погашен',
  'expired-or-gone': 'исчез из списка, но срок его уже истёк — погашен ли он, неясно',
};

export type FindingsReason = 'unsettled' | 'unexplained' | 'no-witness';

export function describeFindings(lines: LineFinding[], coupons: CouponFinding[], reason: FindingsReason): string {
  if (reason === 'no-witness') {
    return 'Списание начато версией программы, которая не запоминала баланс до отправки: проверить его по истории нельзя. Сверьте историю покупателя на сервере лояльности.';
  }
  const findings = [...lines.map(lineWords), ...coupons.map(({ id, kind }) => `купон ${id} ${COUPON_WORDS[kind]}`)];
  return `Не удалось однозначно установить, прошло ли списание: ${findings.join('; ')}. Сверьте историю покупателя на сервере лояльности и решите, что делать; не повторяйте списание, пока это не выяснено.`;
}
