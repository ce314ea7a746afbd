import { describe, expect, it } from 'vitest';
import { phoneParty } from './phone-party.js';

describe('phoneParty', () => {
  it('keeps the number as written and adds E.164', () => {
    expect(phoneParty('+49 151 23456789')).toEqual({ name: '+49 151 23456789', address: '+4915123456789' });
    expect(phoneParty('07700 900456', 'GB', 'Alex')).toEqual({ name: 'Alex', address: '+447700900456' });
  });

  it('leaves national numbers without a region, names and handles as written', () => {
    expect(phoneParty('07700 900456')).toEqual({ name: '07700 900456', address: '07700 900456' });
    expect(phoneParty('Mom')).toEqual({ name: 'Mom', address: 'Mom' });
    expect(phoneParty('@handle')).toEqual({ name: '@handle', address: '@handle' });
  });
});
