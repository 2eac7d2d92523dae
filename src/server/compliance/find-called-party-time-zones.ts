/** The time zones the called party may be in: the record's own zone when it has one, else those of a North American area code, else none (unknown). */
import { NANP_AREA_CODE_TIME_ZONES } from './nanp-area-code-time-zones.ts';

export interface CalledPartyTimeZones {
  source: 'record' | 'areaCode' | null;
  /** Empty when unknown; several when the area code spans more than one zone. */
  zones: readonly string[];
}

/** `number` is E.164; `recordTimeZone` an IANA zone already checked by the caller. */
export function findCalledPartyTimeZones(number: string, recordTimeZone?: string): CalledPartyTimeZones {
  if (recordTimeZone) return { source: 'record', zones: [recordTimeZone] };
  const nanp = /^\+1(\d{3})\d{7}$/.exec(number);
  const zones = nanp ? NANP_AREA_CODE_TIME_ZONES.get(nanp[1]!) : undefined;
  return zones ? { source: 'areaCode', zones } : { source: null, zones: [] };
}
