/**
 * When a timer start event next starts a run: once for a duration (from publishing) or a date; every interval for
 * R[n]/<duration> (counted from the previous due time, so starts do not drift); at the next cron occurrence in the
 * team's time zone. Occurrences missed while no server ran start one run, not one per missed occurrence.
 */
import { Cron } from 'croner';
import type { TimerDefinition } from '../../bpmn/compiled-process.ts';
import { addIsoDuration } from '../../engine/add-iso-duration.ts';

export interface NextStart {
  /** null: the timer has no occurrence left. */
  dueAt: string | null;
  /** Starts left for an R<n>/ cycle (counting this one); null when unbounded or not a counted cycle. */
  repetitionsLeft: number | null;
}

/** The first start after publishing at `nowMs`. */
export function computeFirstStart(timer: TimerDefinition, nowMs: number, timeZone: string): NextStart {
  switch (timer.type) {
    case 'duration':
      return { dueAt: iso(addIsoDuration(nowMs, timer.value)), repetitionsLeft: null };
    case 'date': {
      // A date already past when the version is published never starts a run: publishing is not the date.
      const dueMs = Date.parse(timer.value);
      return { dueAt: dueMs > nowMs ? iso(dueMs) : null, repetitionsLeft: null };
    }
    case 'cycle':
      return { dueAt: timer.repetitions === 0 ? null : iso(addIsoDuration(nowMs, timer.interval)), repetitionsLeft: timer.repetitions };
    case 'cron':
      return { dueAt: nextCron(timer.value, nowMs, timeZone), repetitionsLeft: null };
    case 'dateExpression':
    case 'durationExpression':
      // The compiler refuses a FEEL timer on a start event (it has no variables to read): it never starts a run.
      return { dueAt: null, repetitionsLeft: null };
  }
}

/** The start after the one due at `dueMs` has started a run at `nowMs` (later than dueMs when the server was away). */
export function computeFollowingStart(timer: TimerDefinition, dueMs: number, nowMs: number, timeZone: string, repetitionsLeft: number | null): NextStart {
  switch (timer.type) {
    case 'duration':
    case 'date':
    case 'dateExpression':
    case 'durationExpression':
      return { dueAt: null, repetitionsLeft: null };
    case 'cycle': {
      const left = repetitionsLeft === null ? null : repetitionsLeft - 1;
      if (left !== null && left <= 0) return { dueAt: null, repetitionsLeft: 0 };
      let next = addIsoDuration(dueMs, timer.interval);
      // A zero-length interval would never pass `now`; the compiler refuses it, this guards the loop anyway.
      if (next <= dueMs) return { dueAt: null, repetitionsLeft: left };
      while (next <= nowMs) next = addIsoDuration(next, timer.interval);
      return { dueAt: iso(next), repetitionsLeft: left };
    }
    case 'cron':
      return { dueAt: nextCron(timer.value, Math.max(dueMs, nowMs), timeZone), repetitionsLeft: null };
  }
}

function nextCron(expression: string, afterMs: number, timeZone: string): string | null {
  const next = new Cron(expression, { paused: true, timezone: timeZone }).nextRun(new Date(afterMs));
  return next ? next.toISOString() : null;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
