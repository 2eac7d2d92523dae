import { describe, expect, it } from 'vitest';
import { localTimeToInstant } from '../local-time-to-instant.ts';
import { checkBehindPace } from './check-behind-pace.ts';

const ZONE = 'America/Chicago';
const base = { subject: 'Ana', counterLabel: 'dials', dayTarget: 320, timeZone: ZONE, schedule: { hours: { start: '09:00', end: '17:00' } }, checkFrom: '14:00' };
const at = (date: string, clock: number) => localTimeToInstant(date, clock * 3600, ZONE);

describe('checkBehindPace', () => {
  it('given 90 dials at 15:00 of a 9-5 day with a target of 320, when checked, then it fires and says why', () => {
    const result = checkBehindPace({ ...base, actual: 90, nowMs: at('2025-06-11', 15) });
    expect(result).toEqual({ rule: 'behindPace', fired: true, why: 'Ana has 90 dials at 15:00, against 240 expected by now for a day target of 320: 63% behind; at this pace the day ends at 120.' });
  });

  it('given dials on pace at 15:00, when checked, then it stays quiet', () => {
    expect(checkBehindPace({ ...base, actual: 230, nowMs: at('2025-06-11', 15) }).fired).toBe(false);
  });

  it('given a slow morning, when checked before 14:00, then it stays quiet', () => {
    expect(checkBehindPace({ ...base, actual: 0, nowMs: at('2025-06-11', 11) })).toMatchObject({ fired: false, why: 'Pace is checked from 14:00; it is 11:00.' });
  });

  it('given a Saturday, when checked, then it stays quiet as no work is due', () => {
    expect(checkBehindPace({ ...base, actual: 0, nowMs: at('2025-06-14', 15) })).toMatchObject({ fired: false, why: '2025-06-14 is not a working day.' });
  });
});
