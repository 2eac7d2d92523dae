/**
 * Phone time of one calling session, per team-local day: the time between the session's start (or a resume) and the
 * next pause or stop, split at local midnight. Computed from all of the session's events whatever order they arrived
 * in, so the rollups can be corrected by the difference before and after new events arrive.
 */
import { splitSecondsByLocalDay } from './split-seconds-by-local-day.ts';

export type SessionEventKind = 'sessionStarted' | 'sessionPaused' | 'sessionResumed' | 'sessionStopped';

export interface SessionEventFact {
  kind: SessionEventKind;
  clientId: string;
  /** ISO-8601 UTC, as stored. */
  occurredAt: string;
}

/** A segment longer than this (a session left running overnight) is credited this much only. */
export const MAX_SEGMENT_SECONDS = 12 * 60 * 60;

const KIND_ORDER: Record<SessionEventKind, number> = { sessionStarted: 0, sessionResumed: 1, sessionPaused: 2, sessionStopped: 3 };

/** Events at the same instant are ordered by kind, then client id: the result never depends on arrival order. */
function compareEvents(a: SessionEventFact, b: SessionEventFact): number {
  const at = Date.parse(a.occurredAt) - Date.parse(b.occurredAt);
  if (at !== 0) return at;
  const kind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (kind !== 0) return kind;
  return a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0;
}

/**
 * Day -> whole seconds. Events before the start and after the stop count for nothing; a resume while running and a
 * pause while paused change nothing; a session never stopped credits only its closed segments.
 */
export function sessionPhoneSeconds(events: readonly SessionEventFact[], timeZone: string): Map<string, number> {
  const byDay = new Map<string, number>();
  let started = false;
  let openedAt: number | null = null;
  for (const event of [...events].sort(compareEvents)) {
    const second = Math.floor(Date.parse(event.occurredAt) / 1000);
    if (!started) {
      if (event.kind === 'sessionStarted') {
        started = true;
        openedAt = second;
      }
      continue;
    }
    if (event.kind === 'sessionResumed' || event.kind === 'sessionStarted') {
      openedAt ??= second;
      continue;
    }
    if (openedAt !== null) {
      for (const { day, seconds } of splitSecondsByLocalDay(openedAt, Math.min(second, openedAt + MAX_SEGMENT_SECONDS), timeZone)) {
        byDay.set(day, (byDay.get(day) ?? 0) + seconds);
      }
      openedAt = null;
    }
    if (event.kind === 'sessionStopped') break;
  }
  return byDay;
}
