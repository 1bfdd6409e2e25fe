// How the journal names a customer: the name with the phone's last four digits, what of it is known, else the client id.
import { describe, expect, it } from 'vitest';
import { customerLabel } from '../../../common/journal';

describe('the customer as the journal names them', () => {
  it.each([
    [{ name: 'Иван Петров', phoneLast4: '5678' }, 'Иван Петров ···5678'],
    [{ name: 'Иван Петров', phoneLast4: null }, 'Иван Петров'],
    [{ name: null, phoneLast4: '5678' }, '···5678'],
    [{ name: null, phoneLast4: null }, '1234567'],
    [null, '1234567'],
  ])('%j reads "%s"', (customer, label) => {
    expect(customerLabel({ clientId: 1234567, customer })).toBe(label);
  });
});
