/** A calling session's clock as the tracker keeps it: started, paused and resumed, and the phone time it has run (the server's rule: only running time counts). */

export interface SessionClock {
  /** The sessionStarted event's client id. */
  sessionId: string;
  taskId: number;
  startedAt: number;
  /** When the running stretch began; null while paused. */
  runningSince: number | null;
  /** Seconds of the stretches already closed by a pause. */
  closedSeconds: number;
}

export function startClock(sessionId: string, taskId: number, now: number): SessionClock {
  return { sessionId, taskId, startedAt: now, runningSince: now, closedSeconds: 0 };
}

export function pauseClock(clock: SessionClock, now: number): SessionClock {
  if (clock.runningSince === null) return clock;
  return { ...clock, runningSince: null, closedSeconds: clock.closedSeconds + Math.max(0, now - clock.runningSince) / 1000 };
}

export function resumeClock(clock: SessionClock, now: number): SessionClock {
  return clock.runningSince === null ? { ...clock, runningSince: now } : clock;
}

/** Phone time so far, in seconds (the running stretch included). */
export function phoneSeconds(clock: SessionClock, now: number): number {
  return clock.closedSeconds + (clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince) / 1000);
}

/** Dials per hour of phone time; null before a minute of phone time, when a pace means nothing yet. */
export function pacePerHour(dials: number, seconds: number): number | null {
  return seconds < 60 ? null : (dials * 3600) / seconds;
}
