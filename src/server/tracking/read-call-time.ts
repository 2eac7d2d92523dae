/**
 * Reads the time of a call as dialers write it into an instant: ISO-8601 with an offset as it stands; without one
 * ("2025-03-09 14:30", "2025-03-09T14:30:05", "03/09/2025 2:30 PM") as a wall-clock time in `timeZone`. A local
 * time skipped by a DST change maps past the gap and a repeated one to its first occurrence (as Temporal's
 * "compatible"). Returns null when the text is none of these.
 */

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/i;
const US_LOCAL = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP])\.?M\.?)?$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  const part = (type: string) => Number(formatter.formatToParts(instant).find((candidate) => candidate.type === type)!.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock time in the zone stands for. */
function wallClockToInstant(wall: number, timeZone: string): number {
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  // The earlier offset first: a repeated hour maps to its first occurrence; a skipped one moves forward by the gap.
  const first = wall - before;
  if (offsetAt(first, timeZone) === before) return first;
  const second = wall - after;
  if (offsetAt(second, timeZone) === after) return second;
  return wall - before;
}

function valid(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}

/** The call's instant as an ISO-8601 UTC string, or null. */
export function readCallTime(text: string, timeZone: string): string | null {
  const value = text.trim();
  if (ISO_WITH_OFFSET.test(value)) {
    const instant = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(instant) ? null : new Date(instant).toISOString();
  }
  let parts: [number, number, number, number, number, number] | null = null;
  const iso = ISO_LOCAL.exec(value);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)];
  const us = US_LOCAL.exec(value);
  if (us) {
    let hour = Number(us[4]);
    const meridiem = us[7]?.toUpperCase();
    if (meridiem) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (meridiem === 'P' ? 12 : 0);
    }
    parts = [Number(us[3]), Number(us[1]), Number(us[2]), hour, Number(us[5]), Number(us[6] ?? 0)];
  }
  if (!parts || !valid(...parts)) return null;
  const [year, month, day, hour, minute, second] = parts;
  return new Date(wallClockToInstant(Date.UTC(year, month - 1, day, hour, minute, second), timeZone)).toISOString();
}
