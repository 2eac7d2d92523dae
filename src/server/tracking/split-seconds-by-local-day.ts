/** Splits a span of whole epoch seconds [start, end) into the team-local days it covers, so phone time is credited to the day it happened. */
import { localDay } from './local-day.ts';

export interface DaySeconds {
  day: string;
  seconds: number;
}

/** Days in order; a span crossing local midnight (or a DST change near it) is cut exactly at the second the local date changes. */
export function splitSecondsByLocalDay(startSecond: number, endSecond: number, timeZone: string): DaySeconds[] {
  const parts: DaySeconds[] = [];
  let from = startSecond;
  while (from < endSecond) {
    const day = localDay(from * 1000, timeZone);
    let to = endSecond;
    if (localDay((endSecond - 1) * 1000, timeZone) !== day) {
      // The first second of another day lies in (from, endSecond - 1]: binary search for it (dates only move forward).
      let low = from;
      let high = endSecond - 1;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (localDay(middle * 1000, timeZone) === day) low = middle;
        else high = middle;
      }
      to = high;
    }
    parts.push({ day, seconds: to - from });
    from = to;
  }
  return parts;
}
