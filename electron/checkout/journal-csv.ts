// A day of the write-off journal as a CSV file that Excel opens straight into columns under a Russian locale.
import { stringify } from 'csv-stringify/sync';
import {
  customerLabel,
  type JournalCsv,
  type JournalDay,
  type JournalEntry,
  type JournalOutcome,
} from '../../common/journal';
import { minorToInputText } from '../../common/money';

export type CsvLanguage = 'ru' | 'en';

interface CsvLabels {
  columns: [
    time: string,
    client: string,
    points: string,
    rubles: string,
    coupons: string,
    outcome: string,
    note: string,
    recovered: string,
    terminal: string,
    id: string,
  ];
  outcomes: Record<JournalOutcome, string>;
  flags: { lateLanding: string; saleFinishedWithout: string; resolution: string };
  yes: string;
}

// The file's words follow the window's language; its format (`;`, decimal comma, day.month.year) follows Russian Excel either way.
const LABELS: Record<CsvLanguage, CsvLabels> = {
  ru: {
    columns: [
      'Время',
      'Покупатель',
      'Баллы',
      'Рубли',
      'Купоны',
      'Итог',
      'Примечание',
      'После перезапуска',
      'Терминал',
      'Номер в журнале',
    ],
    outcomes: {
      sending: 'отправляется',
      applied: 'списано',
      refused: 'отказ сервера',
      'not-sent': 'не отправлено',
      'in-doubt': 'уточняется',
      'settled-applied': 'списано (подтверждено проверкой)',
      'settled-not-applied': 'не списано (подтверждено проверкой)',
      'needs-review': 'нужна проверка менеджера',
      resolved: 'решено менеджером',
    },
    flags: {
      lateLanding: 'списание прошло позже',
      saleFinishedWithout: 'продажа завершена без списания',
      resolution: 'решение менеджера',
    },
    yes: 'да',
  },
  en: {
    columns: [
      'Time',
      'Customer',
      'Points',
      'Rubles',
      'Coupons',
      'Outcome',
      'Note',
      'After a restart',
      'Terminal',
      'Journal number',
    ],
    outcomes: {
      sending: 'sending',
      applied: 'written off',
      refused: 'refused by the server',
      'not-sent': 'not sent',
      'in-doubt': 'being checked',
      'settled-applied': 'written off (confirmed by checking)',
      'settled-not-applied': 'not written off (confirmed by checking)',
      'needs-review': "needs a manager's review",
      resolved: 'resolved by a manager',
    },
    flags: {
      lateLanding: 'the write-off went through later',
      saleFinishedWithout: 'sale finished without the write-off',
      resolution: "manager's decision",
    },
    yes: 'yes',
  },
};

export function journalCsv(journal: JournalDay, language: CsvLanguage): JournalCsv {
  const labels = LABELS[language];
  const rows = journal.entries.map((entry) => row(entry, labels));
  const text = stringify([labels.columns, ...rows], { bom: true, delimiter: ';', record_delimiter: 'windows' });
  return { fileName: `write-offs-${journal.day}.csv`, text };
}

function row(entry: JournalEntry, labels: CsvLabels): string[] {
  const amountOf = (currency: string) => {
    const line = entry.balance.find((candidate) => candidate.currency === currency);
    return line ? minorToInputText(line.amount, ',') : '';
  };
  const cells = [
    excelTime(entry.createdAt),
    customerLabel(entry),
    amountOf('points'),
    amountOf('rubles'),
    entry.coupons.join(', '),
    labels.outcomes[entry.outcome],
    inertText(noteOf(entry, labels)),
    entry.recovered ? labels.yes : '',
    entry.terminalId,
    entry.journalId,
  ];
  // Every cell, not only the ones known to come from elsewhere: a forged journal line can put anything in any of them.
  return cells.map(inertText);
}

/** The note, then what else a manager must know: a late landing, a sale finished without it, their own decision. */
function noteOf(entry: JournalEntry, { flags }: CsvLabels): string {
  return [
    entry.note ?? '',
    entry.lateLanding ? flags.lateLanding : '',
    entry.saleFinishedWithout ? flags.saleFinishedWithout : '',
    entry.resolution === null ? '' : `${flags.resolution}: ${entry.resolution}`,
  ]
    .filter((part) => part !== '')
    .join('; ');
}

/** Local time as Russian Excel reads a date: 31.01.2025 14:05:07. */
function excelTime(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** No cell can start a formula in Excel (OWASP's list of formula triggers, leading spaces included). */
function inertText(text: string): string {
  return /^\s*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
