/** Alert: a VA has logged no dial for M minutes while their shift is on. */
import { addDays } from '../calendar-dates.ts';
import { isWorkingDate, workingWindow, type WorkSchedule } from '../measure-working-time.ts';
import { toLocalDateTime } from '../to-local-date-time.ts';
import type { AlertResult } from './alert-result.ts';

export interface SilentDuringShiftInput {
  subject: string;
  /** The VA's shift: working days and hours (required here), in `timeZone`. */
  shift: WorkSchedule & { hours: { start: string; end: string } };
  timeZone: string;
  nowMs: number;
  /** The last dial's instant, or null when there has been none. */
  lastDialMs: number | null;
  /** Fires after this many silent minutes; 30 by default. */
  silentMinutes?: number;
}

export function checkSilentDuringShift(input: SilentDuringShiftInput): AlertResult {
  const { subject, shift, timeZone, nowMs, lastDialMs, silentMinutes = 30 } = input;
  const rule = 'silentDuringShift';
  const today = toLocalDateTime(nowMs, timeZone).date;
  // A shift past midnight that began yesterday may still be on.
  const window = [addDays(today, -1), today]
    .filter((date) => isWorkingDate(date, shift))
    .map((date) => workingWindow(date, shift, timeZone))
    .find(({ startMs, endMs }) => startMs <= nowMs && nowMs < endMs);
  const shiftText = `${shift.hours.start}-${shift.hours.end}`;
  if (!window) return { rule, fired: false, why: `${subject}'s shift (${shiftText}) is not on.` };
  const silentSince = Math.max(lastDialMs ?? Number.NEGATIVE_INFINITY, window.startMs);
  const minutes = Math.floor((nowMs - silentSince) / 60_000);
  const since = lastDialMs !== null && lastDialMs >= window.startMs ? `the last dial at ${toLocalDateTime(lastDialMs, timeZone).clock}` : `the shift started at ${shift.hours.start}`;
  if (minutes < silentMinutes) return { rule, fired: false, why: `${subject} last dialled ${minutes} min ago, within the ${silentMinutes} min allowed.` };
  return { rule, fired: true, why: `${subject} has logged no dial for ${minutes} min (since ${since}) during the shift ${shiftText}.` };
}
