/** Every spelling of a number becomes one E.164 string; what is not a number in the numbering plan is refused. */
import { describe, expect, it } from 'vitest';
import { isPhoneCountry, normalizePhoneNumber } from './normalize-phone-number.ts';

describe('normalizePhoneNumber', () => {
  it('given the spellings a person or a dialer uses, then they all become the same E.164 number', () => {
    for (const text of ['+1 312 555 0143', '(312) 555-0143', '312.555.0143', '3125550143', '1-312-555-0143', ' +13125550143 ', '312 555 0143 ext 12']) {
      expect(normalizePhoneNumber(text, 'US'), text).toEqual({ ok: true, number: '+13125550143', countryCallingCode: '1', nationalNumber: '3125550143' });
    }
  });

  it('given a number without its country code, then the default country reads it', () => {
    expect(normalizePhoneNumber('020 7946 0958', 'GB')).toMatchObject({ ok: true, number: '+442079460958' });
    expect(normalizePhoneNumber('+44 20 7946 0958', 'US')).toMatchObject({ ok: true, number: '+442079460958' });
  });

  it('given text that is not a number, or a number the plan does not know, then it is refused with a reason', () => {
    for (const text of ['', 'abc', '555-0143', '123-456-7890', '+1 999 555 0143', '99999999999', 'call 312-555-0143', '1e3']) {
      expect(normalizePhoneNumber(text, 'US'), text).toMatchObject({ ok: false, message: expect.stringMatching(/^is not a/) });
    }
  });

  it('given country codes, then only those phone numbering knows are accepted', () => {
    expect(isPhoneCountry('US')).toBe(true);
    expect(isPhoneCountry('CA')).toBe(true);
    expect(isPhoneCountry('XX')).toBe(false);
  });
});
