/**
 * When a timer is due: `now` plus its duration or cycle interval, or its fixed date; for a timer written as a FEEL
 * expression, what the expression gives with the token's variables (read only for those timers) and FEEL's now() at
 * `now`. A value that is no date or duration comes back as an error, for an incident.
 */
import { date, dateAndTime } from 'feelin';
import type { TimerDefinition } from '../bpmn/compiled-process.ts';
import { addIsoDuration } from './add-iso-duration.ts';
import { evaluateFeel } from './evaluate-feel.ts';
import { readDurationValue, readInstantValue } from './read-timer-value.ts';
import type { Variables } from './run-state.ts';

export type DueAt = { ok: true; dueAt: string } | { ok: false; error: string };

export function computeDueAt(timer: TimerDefinition, nowMs: number, readVariables: () => Variables): DueAt {
  switch (timer.type) {
    case 'duration':
      return due(addIsoDuration(nowMs, timer.value));
    case 'cycle':
      return due(addIsoDuration(nowMs, timer.interval));
    case 'date':
      return due(Date.parse(timer.value));
    case 'dateExpression':
    case 'durationExpression': {
      const result = evaluateFeel(timer.value, { ...readVariables(), ...clockAt(nowMs) });
      if (!result.ok) return result;
      if (timer.type === 'dateExpression') {
        const instant = readInstantValue(result.value);
        return instant.ok ? due(instant.value) : { ok: false, error: `"=${timer.value}" gave ${instant.error}` };
      }
      const duration = readDurationValue(result.value);
      return duration.ok ? due(addIsoDuration(nowMs, duration.value)) : { ok: false, error: `"=${timer.value}" gave ${duration.error}` };
    }
    case 'cron':
      // The compiler allows cron only on timer start events, which the server schedules in the team's time zone.
      throw new Error('a cron timer is scheduled by the server, never armed inside a run');
  }
}

/** FEEL's now() and today() read the command's `now`, never the machine's clock: the engine stays pure and replayable. */
function clockAt(nowMs: number): Variables {
  const iso = new Date(nowMs).toISOString();
  return { now: () => dateAndTime(iso), today: () => date(iso.slice(0, 10)) };
}

/** The latest instant a Date holds (about the year 275760). */
const MAX_INSTANT_MS = 8.64e15;

function due(ms: number): DueAt {
  if (!(Math.abs(ms) <= MAX_INSTANT_MS)) return { ok: false, error: 'the due time is beyond the dates a timer can hold' };
  return { ok: true, dueAt: new Date(ms).toISOString() };
}
