// What reading back found, in plain Russian words for the manager who reviews a write-off the terminal could not settle.
import { minorToInputText } from '../../common/money';

const CURRENCY_WORDS: Record<string, string> = { points: 'баллов', rubles: 'руб.' };

export interface LineFindings {
  currency: string;
  amount: number;
  /** Ids of new history entries with this currency and absolute amount. */
  candidates: string[];
}

function lineWords({ currency, amount, candidates }: LineFindings): string {
  const what = `${minorToInputText(amount, ',')} ${CURRENCY_WORDS[currency] ?? currency}`;
  const ids = candidates.map((id) => `№ ${id}`).join(', ');
  if (candidates.length === 0) return `${what}: в истории покупателя такой записи нет`;
  if (candidates.length === 1) return `${what}: в истории покупателя есть запись ${ids}`;
  return `${what}: в истории покупателя ${candidates.length} подходящих записи (${ids}), какая из них это списание — неясно`;
}

export function describeFindings(lines: LineFindings[], coupons: { id: number; gone: boolean }[]): string {
  const findings = [
    ...lines.map(lineWords),
    ...coupons.map(({ id, gone }) => (gone ? `купон ${id} погашен` : `купон ${id} всё ещё у покупателя`)),
  ];
  return `Не удалось однозначно установить, прошло ли списание: ${findings.join('; ')}. Сверьте историю покупателя на сервере лояльности и решите, что делать; не повторяйте списание, пока это не выяснено.`;
}
