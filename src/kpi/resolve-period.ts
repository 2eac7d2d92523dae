/** Turns a period (day, ISO week, month or a custom range) into its local dates and the UTC instants bounding it in a time zone. */
import { addDays, isoWeekday, listDates, type LocalDate } from './calendar-dates.ts';
import { startOfLocalDay } from './local-time-to-instant.ts';

export type PeriodKind = 'day' | 'week' | 'month';

/** A period named by any date inside it, or a custom range of dates (both included). */
export type PeriodSpec = { kind: PeriodKind; date: LocalDate } | { kind: 'range'; from: LocalDate; to: LocalDate };

export interface Period {
  kind: PeriodKind | 'range';
  timeZone: string;
  /** First and last local date, both included. */
  from: LocalDate;
  to: LocalDate;
  dates: LocalDate[];
  /** The instant the first date begins, in the zone. */
  startMs: number;
  /** The instant the day after the last date begins (exclusive), so a period with a DST change is 1 hour shorter or longer. */
  endMs: number;
}

/** The first and last date of the day, ISO week (Monday first) or month holding `date`; pure calendar, no zone. */
export function periodBounds(kind: PeriodKind, date: LocalDate): { from: LocalDate; to: LocalDate } {
  if (kind === 'day') return { from: date, to: date };
  if (kind === 'week') {
    const monday = addDays(date, 1 - isoWeekday(date));
    return { from: monday, to: addDays(monday, 6) };
  }
  const first = `${date.slice(0, 7)}-01`;
  const nextMonth = addDays(first, 31).slice(0, 7);
  return { from: first, to: addDays(`${nextMonth}-01`, -1) };
}

export function resolvePeriod(spec: PeriodSpec, timeZone: string): Period {
  const { from, to } = spec.kind === 'range' ? { from: spec.from, to: spec.to } : periodBounds(spec.kind, spec.date);
  const dates = listDates(from, to);
  if (dates.length === 0) throw new RangeError(`the range ends (${to}) before it starts (${from})`);
  return { kind: spec.kind, timeZone, from, to, dates, startMs: startOfLocalDay(from, timeZone), endMs: startOfLocalDay(addDays(to, 1), timeZone) };
}
