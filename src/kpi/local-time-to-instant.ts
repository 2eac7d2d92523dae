/** Finds the instant a zone's wall clock shows a date and time, resolving DST gaps and overlaps as Temporal's 'compatible' does. */
import { toDayNumber, type LocalDate } from './calendar-dates.ts';
import { toLocalDateTime } from './to-local-date-time.ts';

const DAY_MS = 86_400_000;

/**
 * The instant of `date` at `secondOfDay` (may be 86,400 or more to reach into the next days) in the zone.
 * A wall time skipped by a spring-forward gap maps to the same distance after the gap (02:30 -> 03:30);
 * a wall time repeated by a fall-back overlap maps to its first occurrence. Assumes at most one offset change
 * within a day either side, which holds for every IANA zone.
 */
export function localTimeToInstant(date: LocalDate, secondOfDay: number, timeZone: string): number {
  // The same days are resolved again and again (every dashboard of a period, every day of a trend); the answer only
  // depends on the arguments, so it is kept. Cleared when large, which only costs recomputing.
  const key = `${timeZone}\u0000${date}\u0000${secondOfDay}`;
  const known = resolved.get(key);
  if (known !== undefined) return known;
  if (resolved.size >= MAX_RESOLVED) resolved.clear();
  const instant = resolveLocalTime(date, secondOfDay, timeZone);
  resolved.set(key, instant);
  return instant;
}

const MAX_RESOLVED = 100_000;
const resolved = new Map<string, number>();

function resolveLocalTime(date: LocalDate, secondOfDay: number, timeZone: string): number {
  const wallMs = toDayNumber(date) * DAY_MS + secondOfDay * 1000;
  const offsetBefore = toLocalDateTime(wallMs - DAY_MS, timeZone).offsetMs;
  const offsetAfter = toLocalDateTime(wallMs + DAY_MS, timeZone).offsetMs;
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].filter(
    (instant) => toLocalDateTime(instant, timeZone).offsetMs === wallMs - instant,
  );
  // None valid: the wall time falls in a gap; reading it with the offset from before the gap lands after it.
  return candidates.length > 0 ? Math.min(...candidates) : wallMs - offsetBefore;
}

/** The instant the local day begins (usually midnight; 01:00 where a DST change skips midnight). */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  return localTimeToInstant(date, 0, timeZone);
}
