// The journal's CSV: what Excel needs to open it straight into columns under a Russian locale, and nothing it would run.
import { describe, expect, it } from 'vitest';
import type { JournalDay, JournalEntry } from '../../../common/journal';
import { journalCsv } from '../../../electron/checkout/journal-csv';
import { journalEntry } from '../../support/journal-entry';

const entry = (overrides: Partial<JournalEntry>): JournalEntry =>
  journalEntry({ createdAt: new Date(2025, 0, 31, 14, 5, 7).getTime(), ...overrides });

const day: JournalDay = {
  day: '2025-01-31',
  damagedRecords: 0,
  entries: [
    entry({
      balance: [
        { currency: 'points', amount: 123_456 },
        { currency: 'rubles', amount: 5 },
      ],
      coupons: [5004, 5005],
    }),
    entry({ journalId: 'j-2', outcome: 'refused', note: '=HYPERLINK("http://evil")', recovered: true }),
  ],
};

describe('the journal as CSV', () => {
  it('starts with a byte order mark and uses ; between fields and CRLF between rows', () => {
    const { text, fileName } = journalCsv(day, 'ru');
    expect(fileName).toBe('write-offs-2025-01-31.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = text.slice(1).split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[3]).toBe('');
    expect(rows[0]).toBe(
      'Время;Покупатель;Баллы;Рубли;Купоны;Итог;Примечание;После перезапуска;Терминал;Номер в журнале',
    );
    expect(rows[1]).toBe('31.01.2025 14:05:07;1234567;1234,56;0,05;5004, 5005;списано;;;till-1;j-1');
  });

  it("names the customer as the journal recorded them: name and the phone's last four digits, else the client id", () => {
    const named = entry({ customer: { name: 'Николай Фёдоров', phoneLast4: '8777' } });
    const [, row, older] = journalCsv({ ...day, entries: [named, entry({ customer: null })] }, 'ru').text.split('\r\n');
    expect(row!.split(';')[1]).toBe('Николай Фёдоров ···8777');
    expect(older!.split(';')[1]).toBe('1234567');
  });

  it('never lets text from a server start a formula', () => {
    const rows = journalCsv(day, 'ru').text.split('\r\n');
    expect(rows[2]).toContain(`;"'=HYPERLINK(""http://evil"")";да;`);
  });

  it('makes every text column inert, whatever a forged journal line put in it', () => {
    const forged = entry({
      journalId: '=HYPERLINK("https://evil")',
      terminalId: '+cmd',
      note: '  @SUM(1)',
      outcome: 'refused',
      customer: { name: '=1+1', phoneLast4: null },
    });
    const [, row] = journalCsv({ ...day, entries: [forged] }, 'en').text.split('\r\n');
    const cells = row!.split(';').map((cell) => cell.replace(/^"|"$/g, ''));
    for (const cell of cells) expect(cell).not.toMatch(/^\s*[=+\-@]/);
    expect(cells.at(-1)).toBe(`'=HYPERLINK(""https://evil"")`);
  });

  it('writes English words in the same Excel format when the window is in English', () => {
    const rows = journalCsv(day, 'en').text.slice(1).split('\r\n');
    expect(rows[0]!.startsWith('Time;Customer;Points;Rubles;Coupons;Outcome')).toBe(true);
    expect(rows[1]).toContain(';1234,56;0,05;');
    expect(rows[2]).toContain(';refused by the server;');
  });
});
