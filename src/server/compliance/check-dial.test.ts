/** The guard's rules: the do-not-call list, the calling window at its edges and across daylight-saving changes, unknown and ambiguous zones, and the three modes. */
import { describe, expect, it } from 'vitest';
import type { GuardMode } from '../../api/schemas/compliance.ts';
import { checkDial } from './check-dial.ts';

const CHICAGO = '+13125550143';
const PHOENIX = '+16025550143';
const SOUTHERN_INDIANA = '+18125550143';
const TOLL_FREE = '+18005550100';
const LONDON = '+442079460958';

function check(number: string, at: string, options: { mode?: GuardMode; dnc?: boolean; recordTimeZone?: string; window?: { start: string; end: string } } = {}) {
  return checkDial({
    number,
    at: new Date(at),
    recordTimeZone: options.recordTimeZone,
    settings: { guardMode: options.mode ?? 'block', callingWindow: options.window ?? { start: '08:00', end: '21:00' } },
    isOnDncList: options.dnc ?? false,
  });
}

describe('checkDial', () => {
  it('given a number on the list, when the guard blocks, then the dial is refused for the dnc rule', () => {
    const result = check(CHICAGO, '2025-01-15T18:00:00Z', { dnc: true });
    expect(result).toMatchObject({ allowed: false, mode: 'block', onDncList: true, callingHours: 'inside' });
    expect(result.violations).toEqual([{ rule: 'dnc', message: `${CHICAGO} is on the team's do-not-call list.` }]);
  });

  it('given a Chicago number in winter (UTC-6), then 08:00 is allowed and 07:59 is not', () => {
    expect(check(CHICAGO, '2025-01-15T14:00:00Z')).toMatchObject({ allowed: true, callingHours: 'inside', calledPartyTimeZone: 'America/Chicago', localTime: '2025-01-15T08:00', timeZoneSource: 'areaCode', violations: [] });
    const early = check(CHICAGO, '2025-01-15T13:59:59Z');
    expect(early).toMatchObject({ allowed: false, callingHours: 'outside', localTime: '2025-01-15T07:59' });
    expect(early.violations).toEqual([{ rule: 'callingHours', message: 'It is 07:59 in America/Chicago: outside the calling window 08:00-21:00.' }]);
  });

  it('given a Chicago number in the evening, then 20:59 is allowed and 21:00 is not', () => {
    expect(check(CHICAGO, '2025-01-16T02:59:59Z')).toMatchObject({ allowed: true, localTime: '2025-01-15T20:59' });
    expect(check(CHICAGO, '2025-01-16T03:00:00Z')).toMatchObject({ allowed: false, callingHours: 'outside', localTime: '2025-01-15T21:00' });
  });

  it('given the spring-forward day (9 March 2025), then the window follows daylight time (UTC-5) from that morning', () => {
    expect(check(CHICAGO, '2025-03-08T13:30:00Z')).toMatchObject({ allowed: false, localTime: '2025-03-08T07:30' });
    expect(check(CHICAGO, '2025-03-09T12:59:00Z')).toMatchObject({ allowed: false, localTime: '2025-03-09T07:59' });
    expect(check(CHICAGO, '2025-03-09T13:00:00Z')).toMatchObject({ allowed: true, localTime: '2025-03-09T08:00' });
  });

  it('given the fall-back day (2 November 2025), then the window follows standard time (UTC-6) again', () => {
    expect(check(CHICAGO, '2025-11-02T13:59:00Z')).toMatchObject({ allowed: false, localTime: '2025-11-02T07:59' });
    expect(check(CHICAGO, '2025-11-02T14:00:00Z')).toMatchObject({ allowed: true, localTime: '2025-11-02T08:00' });
    expect(check(CHICAGO, '2025-11-03T02:59:00Z')).toMatchObject({ allowed: true, localTime: '2025-11-02T20:59' });
    expect(check(CHICAGO, '2025-11-03T03:00:00Z')).toMatchObject({ allowed: false, localTime: '2025-11-02T21:00' });
  });

  it('given an Arizona number in summer, then it keeps standard time (UTC-7) where Denver would be an hour ahead', () => {
    expect(check(PHOENIX, '2025-07-01T14:59:00Z')).toMatchObject({ allowed: false, calledPartyTimeZone: 'America/Phoenix', localTime: '2025-07-01T07:59' });
    expect(check(PHOENIX, '2025-07-01T15:00:00Z')).toMatchObject({ allowed: true, localTime: '2025-07-01T08:00' });
  });

  it('given an area code spanning two zones, then the dial must be inside the window in both, and no single zone is claimed', () => {
    const result = check(SOUTHERN_INDIANA, '2025-01-15T13:30:00Z');
    expect(result).toMatchObject({ allowed: false, callingHours: 'outside', calledPartyTimeZone: null, localTime: null, timeZoneSource: 'areaCode' });
    expect(result.possibleTimeZones).toEqual([
      { timeZone: 'America/Chicago', localTime: '2025-01-15T07:30', insideWindow: false },
      { timeZone: 'America/New_York', localTime: '2025-01-15T08:30', insideWindow: true },
    ]);
    expect(result.violations[0]!.message).toBe('It is 07:30 in America/Chicago: outside the calling window 08:00-21:00 (the area code spans America/Chicago, America/New_York).');
    expect(check(SOUTHERN_INDIANA, '2025-01-15T14:00:00Z')).toMatchObject({ allowed: true, callingHours: 'inside' });
  });

  it("given the record's own time zone, then it is used instead of the area code's", () => {
    const result = check(CHICAGO, '2025-01-15T15:30:00Z', { recordTimeZone: 'America/Los_Angeles' });
    expect(result).toMatchObject({ allowed: false, calledPartyTimeZone: 'America/Los_Angeles', timeZoneSource: 'record', localTime: '2025-01-15T07:30' });
    expect(check(LONDON, '2025-01-15T15:30:00Z', { recordTimeZone: 'Europe/London' })).toMatchObject({ allowed: true, localTime: '2025-01-15T15:30' });
  });

  it('given a number whose zone cannot be known, then the hours rule does not apply and the result says so instead of guessing', () => {
    for (const number of [TOLL_FREE, LONDON]) {
      const result = check(number, '2025-01-15T04:00:00Z');
      expect(result).toMatchObject({ allowed: true, callingHours: 'unknownTimeZone', calledPartyTimeZone: null, localTime: null, timeZoneSource: null, possibleTimeZones: [], violations: [] });
      expect(result.notices).toEqual([{ rule: 'callingHours', message: expect.stringContaining("time zone is unknown") }]);
    }
    expect(check(TOLL_FREE, '2025-01-15T04:00:00Z', { dnc: true })).toMatchObject({ allowed: false, violations: [{ rule: 'dnc' }] });
  });

  it('given the same broken rules, then block refuses, warn lets the dial go with both violations, and off checks nothing', () => {
    const at = '2025-01-16T04:00:00Z';
    expect(check(CHICAGO, at, { dnc: true, mode: 'block' })).toMatchObject({ allowed: false, violations: [{ rule: 'dnc' }, { rule: 'callingHours' }] });
    expect(check(CHICAGO, at, { dnc: true, mode: 'warn' })).toMatchObject({ allowed: true, mode: 'warn', violations: [{ rule: 'dnc' }, { rule: 'callingHours' }] });
    expect(check(CHICAGO, at, { dnc: true, mode: 'off' })).toMatchObject({ allowed: true, mode: 'off', violations: [], notices: [], onDncList: true, callingHours: 'outside' });
  });

  it('given a narrower team window, then its edges apply', () => {
    const window = { start: '09:30', end: '20:00' };
    expect(check(CHICAGO, '2025-01-15T15:29:00Z', { window })).toMatchObject({ allowed: false });
    expect(check(CHICAGO, '2025-01-15T15:30:00Z', { window })).toMatchObject({ allowed: true });
    expect(check(CHICAGO, '2025-01-16T02:00:00Z', { window })).toMatchObject({ allowed: false, localTime: '2025-01-15T20:00' });
  });
});
