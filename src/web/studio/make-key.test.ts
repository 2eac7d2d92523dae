import { describe, expect, it } from 'vitest';
import { makeKey } from './make-key.ts';

describe('makeKey', () => {
  it('makes a camelCase key from a label', () => {
    expect(makeKey('Talk-to rate', [])).toBe('talkToRate');
    expect(makeKey('Dials per phone-hour', [])).toBe('dialsPerPhoneHour');
  });

  it('starts with a lowercase letter, as the documentation schema requires', () => {
    expect(makeKey('2nd call', [])).toBe('item2ndCall');
    expect(makeKey('!!!', [])).toBe('item');
  });

  it('never repeats an existing key', () => {
    expect(makeKey('CRM', ['crm'])).toBe('crm2');
    expect(makeKey('CRM', ['crm', 'crm2'])).toBe('crm3');
  });
});
