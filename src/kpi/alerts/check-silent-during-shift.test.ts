import { describe, expect, it } from 'vitest';
import { localTimeToInstant } from '../local-time-to-instant.ts';
import { checkSilentDuringShift } from './check-silent-during-shift.ts';

const ZONE = 'America/New_York';
const at = (date: string, hour: number, minute = 0) => localTimeToInstant(date, hour * 3600 + minute * 60, ZONE);
const base = { subject: 'Ana', shift: { hours: { start: '09:00', end: '17:00' } }, timeZone: ZONE };

describe('checkSilentDuringShift', () => {
  it('given no dial since 10:13 on a Tuesday shift, when checked at 11:00, then it fires and says since when', () => {
    const result = checkSilentDuringShift({ ...base, nowMs: at('2025-06-10', 11), lastDialMs: at('2025-06-10', 10, 13) });
    expect(result).toEqual({ rule: 'silentDuringShift', fired: true, why: 'Ana has logged no dial for 47 min (since the last dial at 10:13) during the shift 09:00-17:00.' });
  });

  it('given no dial at all today, when checked 40 minutes into the shift, then the silence counts from the shift start, not from yesterday', () => {
    const result = checkSilentDuringShift({ ...base, nowMs: at('2025-06-10', 9, 40), lastDialMs: at('2025-06-09', 16, 55) });
    expect(result).toMatchObject({ fired: true, why: 'Ana has logged no dial for 40 min (since the shift started at 09:00) during the shift 09:00-17:00.' });
  });

  it('given steady dialling, or a time outside the shift, when checked, then it stays quiet', () => {
    expect(checkSilentDuringShift({ ...base, nowMs: at('2025-06-10', 11), lastDialMs: at('2025-06-10', 10, 52) }).fired).toBe(false);
    expect(checkSilentDuringShift({ ...base, nowMs: at('2025-06-10', 18), lastDialMs: at('2025-06-10', 10) }).fired).toBe(false);
    expect(checkSilentDuringShift({ ...base, nowMs: at('2025-06-14', 11), lastDialMs: null })).toMatchObject({ fired: false, why: "Ana's shift (09:00-17:00) is not on." });
  });

  it('given a night shift that began yesterday, when checked at 02:00, then it is on and fires after the silence', () => {
    const night = { ...base, shift: { hours: { start: '22:00', end: '06:00' } } };
    expect(checkSilentDuringShift({ ...night, nowMs: at('2025-06-11', 2), lastDialMs: at('2025-06-11', 1) }).fired).toBe(true);
    expect(checkSilentDuringShift({ ...night, nowMs: at('2025-06-11', 2), lastDialMs: at('2025-06-11', 1, 45) }).fired).toBe(false);
  });
});
