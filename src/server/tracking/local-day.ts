/** The calendar day (YYYY-MM-DD) an instant falls on in an IANA time zone: the day bucket of tracked events and rollups. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // 'en-CA' with 2-digit parts and the Gregorian calendar; parts are read by type, so the locale's order does not matter.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Since 1980 every zone's UTC offset is a whole number of quarter hours and changes at a local time on a quarter
 * hour, so the local date is the same throughout each UTC quarter hour: remember it per zone and quarter (a batch of
 * a thousand dials formats a handful of dates, not a thousand).
 */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const CACHE_FROM_MS = Date.UTC(1980, 0, 1);
const CACHE_LIMIT = 10_000;
const cache = new Map<string, string>();

/** `instant` in epoch milliseconds (or a Date); throws a RangeError for an unknown time zone. */
export function localDay(instant: number | Date, timeZone: string): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!(ms >= CACHE_FROM_MS)) return formatDay(ms, timeZone);
  const key = `${timeZone} ${Math.floor(ms / QUARTER_HOUR_MS)}`;
  let day = cache.get(key);
  if (day === undefined) {
    day = formatDay(ms, timeZone);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, day);
  }
  return day;
}

function formatDay(ms: number, timeZone: string): string {
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}
