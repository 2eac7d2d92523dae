/** Alert: a counter is behind its day target's pace once a set time of day has passed (e.g. under 85% of the dials expected by 14:00). */
import { formatCount } from '../format-numbers.ts';
import { measureWorkingTime, type WorkSchedule } from '../measure-working-time.ts';
import { parseClockTime } from '../parse-clock-time.ts';
import { resolvePeriod } from '../resolve-period.ts';
import { toLocalDateTime } from '../to-local-date-time.ts';
import type { AlertResult } from './alert-result.ts';

export interface BehindPaceInput {
  /** Who or what is measured: "Ana", "the Smith team". */
  subject: string;
  /** Plural noun of the counter: "dials". */
  counterLabel: string;
  /** Today's count so far. */
  actual: number;
  dayTarget: number;
  nowMs: number;
  timeZone: string;
  /** Working days and hours; the expected count grows linearly through the working window. */
  schedule: WorkSchedule;
  /** Not checked before this wall-clock time ('HH:MM'). */
  checkFrom: string;
  /** Fires below (1 - tolerance) of the expected count; 0.15 by default. */
  tolerance?: number;
}

export function checkBehindPace(input: BehindPaceInput): AlertResult {
  const { subject, counterLabel, actual, dayTarget, nowMs, timeZone, schedule, checkFrom, tolerance = 0.15 } = input;
  const rule = 'behindPace';
  const local = toLocalDateTime(nowMs, timeZone);
  if (local.secondOfDay < parseClockTime(checkFrom)) return { rule, fired: false, why: `Pace is checked from ${checkFrom}; it is ${local.clock}.` };
  const fraction = measureWorkingTime(resolvePeriod({ kind: 'day', date: local.date }, timeZone), nowMs, schedule).fraction;
  if (fraction === null) return { rule, fired: false, why: `${local.date} is not a working day.` };
  const expected = dayTarget * fraction;
  const atPace = fraction > 0 ? actual / fraction : actual;
  const facts = `${subject} has ${formatCount(actual)} ${counterLabel} at ${local.clock}, against ${formatCount(expected)} expected by now for a day target of ${formatCount(dayTarget)}`;
  if (actual >= expected * (1 - tolerance)) return { rule, fired: false, why: `${facts}: within ${Math.round(tolerance * 100)}% of pace.` };
  const short = Math.round((1 - actual / expected) * 100);
  return { rule, fired: true, why: `${facts}: ${short}% behind; at this pace the day ends at ${formatCount(atPace)}.` };
}
