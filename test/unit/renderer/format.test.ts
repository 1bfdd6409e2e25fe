// Money, points and dates through Intl: Russian grouping and plurals, English, and unknown currencies shown plainly.
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatBalance,
  formatCount,
  formatDate,
  formatDateTime,
  formatPoints,
  formatRubles,
  keepNumbersWhole,
} from '../../../renderer/src/lib/format';

const ruPoints = { one: 'балл', few: 'балла', many: 'баллов', other: 'балла' };
const enPoints = { one: 'point', other: 'points' };
/** Intl separates groups and units with no-break spaces; the assertions read better with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('writes rubles the Russian way and the English way', () => {
    expect(plain(formatRubles(123_456, 'ru-RU'))).toBe('1 234,56 ₽');
    expect(plain(formatRubles(100, 'ru-RU'))).toBe('1,00 ₽');
    expect(formatRubles(123_456, 'en-GB')).toBe('₽1,234.56');
  });

  it('gives points their unit in the right plural', () => {
    expect(plain(formatPoints(100, 'ru-RU', ruPoints))).toBe('1 балл');
    expect(plain(formatPoints(2_200, 'ru-RU', ruPoints))).toBe('22 балла');
    expect(plain(formatPoints(2_500, 'ru-RU', ruPoints))).toBe('25 баллов');
    expect(plain(formatPoints(1_100, 'ru-RU', ruPoints))).toBe('11 баллов');
    expect(plain(formatPoints(150, 'ru-RU', ruPoints))).toBe('1,5 балла');
    expect(plain(formatPoints(123_456_00, 'ru-RU', ruPoints))).toBe('123 456 баллов');
    expect(formatPoints(100, 'en-GB', enPoints)).toBe('1 point');
    expect(formatPoints(123_456, 'en-GB', enPoints)).toBe('1,234.56 points');
  });

  it('counts anything with its plural', () => {
    const customers = { one: 'покупатель', few: 'покупателя', many: 'покупателей', other: 'покупателя' };
    expect(formatCount(3, 'ru-RU', customers)).toBe('3 покупателя');
    expect(plain(formatCount(100_000, 'ru-RU', customers))).toBe('100 000 покупателей');
  });

  it('shows a history amount with its sign and two decimals', () => {
    expect(plain(formatAmount(-12_345, 'ru-RU'))).toBe('-123,45');
    expect(formatAmount(500, 'en-GB')).toBe('5.00');
  });

  it('lists an unknown currency plainly by its code', () => {
    expect(plain(formatBalance('bonus_miles', 150_000, 'ru-RU', ruPoints))).toBe('1 500,00 bonus_miles');
    expect(plain(formatBalance('points', 500, 'ru-RU', ruPoints))).toBe('5 баллов');
    expect(plain(formatBalance('rubles', 500, 'ru-RU', ruPoints))).toBe('5,00 ₽');
  });

  it('writes dates in the terminal time zone', () => {
    const moment = new Date(2025, 0, 31, 14, 5).getTime();
    expect(formatDateTime(moment, 'ru-RU')).toBe('31.01.2025, 14:05');
    expect(plain(formatDate(moment, 'ru-RU'))).toBe('31 января 2025 г.');
    expect(formatDate(moment, 'en-GB')).toBe('31 January 2025');
  });
});

describe('keepNumbersWhole', () => {
  it('makes the spaces inside numbers and before % and ₽ unbreakable, and leaves the others', () => {
    expect(keepNumbersWhole('Скидка 15 % от 3 000 ₽ и 1 234 567 баллов')).toBe(
      'Скидка 15\u00a0% от 3\u00a0000\u00a0₽ и 1\u00a0234\u00a0567 баллов',
    );
    expect(keepNumbersWhole('Купон 2 на 30 дней')).toBe('Купон 2 на 30 дней');
  });
});
