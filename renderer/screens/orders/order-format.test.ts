import { describe, expect, it } from 'vitest';
import { address } from './order-fixtures';
import { addressLines, timeLeft } from './order-format';

describe('the time left before an order’s deadline', () => {
  const now = new Date('2026-11-27T10:00:00Z');
  it('splits what is left into days, hours and minutes, and says when the deadline has passed', () => {
    expect(timeLeft('2026-11-28T13:30:00Z', now)).toEqual({ overdue: false, days: 1, hours: 3, minutes: 30 });
    expect(timeLeft('2026-11-27T09:15:00Z', now)).toEqual({ overdue: true, days: 0, hours: 0, minutes: 45 });
  });
  it('has nothing to say without a readable deadline', () => {
    expect(timeLeft('', now)).toBeNull();
    expect(timeLeft('soon', now)).toBeNull();
  });
});

describe('an address as the lines of a label', () => {
  it('leaves out what the customer did not give', () => {
    expect(addressLines({ ...address('Camille', 'Durand'), street2: 'Bât. B', phone: '' })).toEqual(['Camille Durand', '12 rue des Lilas', 'Bât. B', '69003 Lyon', 'FR']);
  });
});
