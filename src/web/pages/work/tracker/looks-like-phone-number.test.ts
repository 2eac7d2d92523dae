import { describe, expect, it } from 'vitest';
import { looksLikePhoneNumber } from './looks-like-phone-number.ts';

describe('looksLikePhoneNumber', () => {
  it('given numbers as people write them, when checked, then they pass', () => {
    expect(['(512) 555-0100', '+1 512 555 0100', '512.555.0100', '+442079460958'].map(looksLikePhoneNumber)).toEqual([true, true, true, true]);
  });

  it('given a stray letter, a half-typed number or too many digits, when checked, then they fail', () => {
    expect(['512-555-01OO', '555-01', '+1234567890123456', '', 'call me'].map(looksLikePhoneNumber)).toEqual([false, false, false, false, false]);
  });
});
