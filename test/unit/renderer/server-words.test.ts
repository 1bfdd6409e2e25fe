// The server's words reach the cashier only as a short line of plain text in the window's language.
import { describe, expect, it } from 'vitest';
import { serverWords } from '../../../renderer/src/i18n/server-words';

describe('serverWords', () => {
  it('shows a short line in the window’s language', () => {
    expect(serverWords('Списание временно запрещено для этой карты', 'ru')).toBe(
      'Списание временно запрещено для этой карты',
    );
    expect(serverWords('  Not enough points on the card ', 'en')).toBe('Not enough points on the card');
    expect(serverWords('Код из SMS не подтверждён', 'ru')).toBe('Код из SMS не подтверждён');
  });

  it('keeps back words in the other language', () => {
    expect(serverWords('Insufficient funds', 'ru')).toBeNull();
    expect(serverWords('Сервер ответил ошибкой 503', 'en')).toBeNull();
  });

  it('keeps back what is not meant for people', () => {
    const trace = 'java.lang.NullPointerException\n\tat com.loyalty.WriteOff.apply(WriteOff.java:42)';
    expect(serverWords(trace, 'en')).toBeNull();
    expect(serverWords('<html><body>Bad gateway</body></html>', 'en')).toBeNull();
    expect(serverWords('{"error":"internal"}', 'en')).toBeNull();
    expect(serverWords('Ошибка: '.repeat(30), 'ru')).toBeNull();
    expect(serverWords('503 Service Unavailable', 'ru')).toBeNull();
    expect(serverWords('', 'ru')).toBeNull();
  });
});
