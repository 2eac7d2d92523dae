/** Reads an instant as the wall clock of a time zone (Intl, so the IANA rules Node ships), and the zone's UTC offset then. */
import type { LocalDate } from './calendar-dates.ts';

export interface LocalDateTime {
  date: LocalDate;
  /** Seconds since the local midnight, as the wall clock reads (0 ... 86,399). */
  secondOfDay: number;
  /** 'HH:MM', for sentences. */
  clock: string;
  /** Local wall time minus UTC, in milliseconds (e.g. -5 h in New York in winter). */
  offsetMs: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone; throws a RangeError for a zone name Intl does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the zone name (e.g. 'America/New_York', 'UTC'). */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

export function toLocalDateTime(instantMs: number, timeZone: string): LocalDateTime {
  const wholeSecondMs = Math.floor(instantMs / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(wholeSecondMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const wallAsUtcMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return {
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    secondOfDay: hour * 3600 + minute * 60 + second,
    clock: `${pad(hour)}:${pad(minute)}`,
    offsetMs: wallAsUtcMs - wholeSecondMs,
  };
}
