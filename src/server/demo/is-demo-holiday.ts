/** US holidays the demo's clients close on: New Year's Day, Memorial Day, Independence Day, Labor Day, Thanksgiving and Christmas. */
import { isoWeekday, type LocalDate } from '../../kpi/calendar-dates.ts';

/** The `nth` ISO weekday of a month (nth = -1: the last). */
function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const dates = Array.from({ length: days }, (_, index) => `${year}-${String(month).padStart(2, '0')}-${String(index + 1).padStart(2, '0')}`).filter((date) => isoWeekday(date) === weekday);
  return nth === -1 ? dates[dates.length - 1]! : dates[nth - 1]!;
}

export function isDemoHoliday(date: LocalDate): boolean {
  const monthDay = date.slice(5);
  if (monthDay === '01-01' || monthDay === '07-04' || monthDay === '12-25') return true;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month === 5) return date === nthWeekday(year, 5, 1, -1);
  if (month === 9) return date === nthWeekday(year, 9, 1, 1);
  if (month === 11) return date === nthWeekday(year, 11, 4, 4);
  return false;
}
