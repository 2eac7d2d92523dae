/** "Today" and "this day / week / month so far" for an instant in a time zone. */
import type { LocalDate } from './calendar-dates.ts';
import { resolvePeriod, type Period, type PeriodKind } from './resolve-period.ts';
import { toLocalDateTime } from './to-local-date-time.ts';

export interface CurrentPeriod {
  /** The whole period holding `nowMs`. */
  period: Period;
  today: LocalDate;
  /** The period's dates up to and including today. */
  datesSoFar: LocalDate[];
  /** The dates before today: complete days. */
  completeDates: LocalDate[];
}

export function currentLocalDate(nowMs: number, timeZone: string): LocalDate {
  return toLocalDateTime(nowMs, timeZone).date;
}

export function currentPeriod(kind: PeriodKind, nowMs: number, timeZone: string): CurrentPeriod {
  const today = currentLocalDate(nowMs, timeZone);
  const period = resolvePeriod({ kind, date: today }, timeZone);
  const datesSoFar = period.dates.filter((date) => date <= today);
  return { period, today, datesSoFar, completeDates: datesSoFar.slice(0, -1) };
}
