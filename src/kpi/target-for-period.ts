/** The target that applies to a period: the one set for that period's kind, else a counter target scaled by working days (a ratio's target applies to any period). */
import { listDates } from './calendar-dates.ts';
import { isWorkingDate, MONDAY_TO_FRIDAY, type WorkSchedule } from './measure-working-time.ts';
import { periodBounds, type Period, type PeriodKind } from './resolve-period.ts';

export interface Target {
  period: PeriodKind;
  value: number;
}

/**
 * For a counter without a target of the period's kind, the daily rate of the finest target set (day, then week, then
 * month) times the period's working days: a week target counts per working weekday of the schedule, a month target per
 * working day of the month holding the period's first date. Null when no target is set.
 */
export function targetForPeriod(targets: readonly Target[], period: Period, isRatio: boolean, schedule: WorkSchedule = {}): number | null {
  const exact = period.kind === 'range' ? undefined : targets.find((target) => target.period === period.kind);
  if (exact) return exact.value;
  const source = (['day', 'week', 'month'] as const).map((kind) => targets.find((target) => target.period === kind)).find(Boolean);
  if (!source) return null;
  if (isRatio) return source.value;
  const workingDays = period.dates.filter((date) => isWorkingDate(date, schedule)).length;
  return (source.value / workingDaysIn(source.period, period.from, schedule)) * workingDays;
}

function workingDaysIn(kind: PeriodKind, date: string, schedule: WorkSchedule): number {
  if (kind === 'day') return 1;
  // A typical week, so a holiday week does not inflate the daily rate.
  if (kind === 'week') return (schedule.workingDays ?? MONDAY_TO_FRIDAY).length || 1;
  const { from, to } = periodBounds('month', date);
  return listDates(from, to).filter((day) => isWorkingDate(day, schedule)).length || 1;
}
