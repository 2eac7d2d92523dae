/** The called party's zones: from the record, else from the area code table, else unknown. */
import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../../api/schemas/common.ts';
import { findCalledPartyTimeZones } from './find-called-party-time-zones.ts';
import { NANP_AREA_CODE_TIME_ZONES } from './nanp-area-code-time-zones.ts';

describe('findCalledPartyTimeZones', () => {
  it('given every area code in the table, then each zone is a real IANA zone and every code has at least one', () => {
    expect(NANP_AREA_CODE_TIME_ZONES.size).toBeGreaterThan(400);
    for (const [areaCode, zones] of NANP_AREA_CODE_TIME_ZONES) {
      expect(areaCode).toMatch(/^[2-9]\d\d$/);
      expect(zones.length, areaCode).toBeGreaterThan(0);
      for (const zone of zones) expect(isTimeZone(zone), `${areaCode} ${zone}`).toBe(true);
    }
  });

  it('given well-known area codes, then they map to their zones, split codes to each of theirs', () => {
    expect(findCalledPartyTimeZones('+12125550143')).toEqual({ source: 'areaCode', zones: ['America/New_York'] });
    expect(findCalledPartyTimeZones('+14165550143')).toEqual({ source: 'areaCode', zones: ['America/Toronto'] });
    expect(findCalledPartyTimeZones('+18085550143')).toEqual({ source: 'areaCode', zones: ['Pacific/Honolulu'] });
    expect(findCalledPartyTimeZones('+15415550143').zones).toEqual(['America/Denver', 'America/Los_Angeles']);
    // An overlay covers the same ground as the code it overlays.
    expect(findCalledPartyTimeZones('+14585550143').zones).toEqual(findCalledPartyTimeZones('+15415550143').zones);
  });

  it("given a record's zone, then it wins; given a toll-free or foreign number without one, then the zone is unknown", () => {
    expect(findCalledPartyTimeZones('+12125550143', 'America/Chicago')).toEqual({ source: 'record', zones: ['America/Chicago'] });
    expect(findCalledPartyTimeZones('+18005550100')).toEqual({ source: null, zones: [] });
    expect(findCalledPartyTimeZones('+442079460958')).toEqual({ source: null, zones: [] });
  });
});
