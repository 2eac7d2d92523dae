import { describe, expect, it } from 'vitest';
import { parseClockTime } from './parse-clock-time.ts';

describe('parseClockTime', () => {
  it('given clock times, when parsed, then HH:MM gives seconds and anything else throws', () => {
    expect(parseClockTime('09:30')).toBe(34_200);
    expect(parseClockTime('24:00')).toBe(86_400);
    expect(() => parseClockTime('24:30')).toThrow('"24:30" is not a time of day');
    expect(() => parseClockTime('9:30')).toThrow(RangeError);
  });
});
