/** Phone time of a calling session: start to stop minus pauses, per local day, whatever order the events came in. */
import { describe, expect, it } from 'vitest';
import { MAX_SEGMENT_SECONDS, sessionPhoneSeconds, type SessionEventFact, type SessionEventKind } from './session-phone-seconds.ts';

let sequence = 0;
const at = (kind: SessionEventKind, iso: string): SessionEventFact => ({ kind, occurredAt: new Date(iso).toISOString(), clientId: `c${String(++sequence).padStart(3, '0')}` });

describe('sessionPhoneSeconds', () => {
  it('given start, pause, resume and stop, then phone time is the running time only', () => {
    const events = [
      at('sessionStarted', '2025-01-15T15:00:00Z'),
      at('sessionPaused', '2025-01-15T15:30:00Z'),
      at('sessionResumed', '2025-01-15T15:45:00Z'),
      at('sessionStopped', '2025-01-15T16:15:00Z'),
    ];
    expect(sessionPhoneSeconds(events, 'UTC')).toEqual(new Map([['2025-01-15', 3600]]));
  });

  it('given the same events in another order, then the result is the same', () => {
    const events = [
      at('sessionStopped', '2025-01-15T16:15:00Z'),
      at('sessionResumed', '2025-01-15T15:45:00Z'),
      at('sessionStarted', '2025-01-15T15:00:00Z'),
      at('sessionPaused', '2025-01-15T15:30:00Z'),
    ];
    expect(sessionPhoneSeconds(events, 'UTC')).toEqual(new Map([['2025-01-15', 3600]]));
  });

  it('given a session still running, then only its closed segments count', () => {
    const events = [at('sessionStarted', '2025-01-15T15:00:00Z'), at('sessionPaused', '2025-01-15T15:10:00Z'), at('sessionResumed', '2025-01-15T15:20:00Z')];
    expect(sessionPhoneSeconds(events, 'UTC')).toEqual(new Map([['2025-01-15', 600]]));
  });

  it('given events before the start, a second pause, and events after the stop, then they count for nothing', () => {
    const events = [
      at('sessionResumed', '2025-01-15T14:00:00Z'),
      at('sessionStarted', '2025-01-15T15:00:00Z'),
      at('sessionPaused', '2025-01-15T15:10:00Z'),
      at('sessionPaused', '2025-01-15T15:15:00Z'),
      at('sessionStopped', '2025-01-15T15:20:00Z'),
      at('sessionResumed', '2025-01-15T15:30:00Z'),
      at('sessionStopped', '2025-01-15T16:30:00Z'),
    ];
    expect(sessionPhoneSeconds(events, 'UTC')).toEqual(new Map([['2025-01-15', 600]]));
  });

  it('given a session across local midnight, then each day gets its part', () => {
    // 23:00 to 01:00 in Chicago (UTC-6).
    const events = [at('sessionStarted', '2025-01-15T05:00:00Z'), at('sessionStopped', '2025-01-15T07:00:00Z')];
    expect(sessionPhoneSeconds(events, 'America/Chicago')).toEqual(
      new Map([
        ['2025-01-14', 3600],
        ['2025-01-15', 3600],
      ]),
    );
  });

  it('given a session left running for a day, then the segment is capped', () => {
    const events = [at('sessionStarted', '2025-01-15T00:00:00Z'), at('sessionStopped', '2025-01-16T06:00:00Z')];
    expect(sessionPhoneSeconds(events, 'UTC')).toEqual(new Map([['2025-01-15', MAX_SEGMENT_SECONDS]]));
  });

  it('given fractions of a second, then whole seconds of the clock are counted', () => {
    const events = [at('sessionStarted', '2025-01-15T10:00:00.900Z'), at('sessionStopped', '2025-01-15T10:00:02.100Z')];
    expect(sessionPhoneSeconds(events, 'UTC')).toEqual(new Map([['2025-01-15', 2]]));
  });
});
