/** How much of a period's working time (working weekdays, optionally a daily window of hours) has elapsed at an instant, in real elapsed time across DST. */
import { addDays, isoWeekday, type IsoWeekday, type LocalDate } from './calendar-dates.ts';
import { localTimeToInstant } from './local-time-to-instant.ts';
import { parseClockTime } from './parse-clock-time.ts';
import type { Period } from './resolve-period.ts';

export interface WorkSchedule {
  /** Working ISO weekdays; Monday to Friday when absent. */
  workingDays?: readonly IsoWeekday[];
  /** The daily window, 'HH:MM' wall clock in the period's zone; the whole day when absent. An end at or before the start runs past midnight. */
  hours?: { start: string; end: string };
  /** Dates nobody works (holidays). */
  closedDates?: readonly LocalDate[];
}

export interface WorkingTime {
  workingDates: LocalDate[];
  elapsedMs: number;
  totalMs: number;
  /** elapsed / total, 0 ... 1; null when the period has no working time. */
  fraction: number | null;
}

export const MONDAY_TO_FRIDAY: readonly IsoWeekday[] = [1, 2, 3, 4, 5];

export function isWorkingDate(date: LocalDate, schedule: WorkSchedule = {}): boolean {
  return (schedule.workingDays ?? MONDAY_TO_FRIDAY).includes(isoWeekday(date)) && !(schedule.closedDates ?? []).includes(date);
}

/** The instants a working date's window starts and ends (the whole local day without hours). */
export function workingWindow(date: LocalDate, schedule: WorkSchedule, timeZone: string): { startMs: number; endMs: number } {
  if (!schedule.hours) return { startMs: localTimeToInstant(date, 0, timeZone), endMs: localTimeToInstant(addDays(date, 1), 0, timeZone) };
  const start = parseClockTime(schedule.hours.start);
  let end = parseClockTime(schedule.hours.end);
  if (end <= start) end += 86_400;
  return { startMs: localTimeToInstant(date, start, timeZone), endMs: localTimeToInstant(date, end, timeZone) };
}

export function measureWorkingTime(period: Period, nowMs: number, schedule: WorkSchedule = {}): WorkingTime {
  const workingDates = period.dates.filter((date) => isWorkingDate(date, schedule));
  let elapsedMs = 0;
  let totalMs = 0;
  for (const date of workingDates) {
    const { startMs, endMs } = workingWindow(date, schedule, period.timeZone);
    totalMs += endMs - startMs;
    elapsedMs += Math.max(0, Math.min(nowMs, endMs) - startMs);
  }
  return { workingDates, elapsedMs, totalMs, fraction: totalMs > 0 ? elapsedMs / totalMs : null };
}
