/** When a timer is due: `now` plus its duration or cycle interval, or its fixed date. */
import type { TimerDefinition } from '../bpmn/compiled-process.ts';
import { addIsoDuration } from './add-iso-duration.ts';

export function computeDueAt(timer: TimerDefinition, nowMs: number): string {
  switch (timer.type) {
    case 'duration':
      return new Date(addIsoDuration(nowMs, timer.value)).toISOString();
    case 'cycle':
      return new Date(addIsoDuration(nowMs, timer.interval)).toISOString();
    case 'date':
      return new Date(timer.value).toISOString();
    case 'cron':
      // The compiler allows cron only on timer start events, which the server schedules in the team's time zone.
      throw new Error('a cron timer is scheduled by the server, never armed inside a run');
  }
}
