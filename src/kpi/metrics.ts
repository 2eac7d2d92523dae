/** The rollup metric keys the KPI math reads (the same strings the tracking rollups write: src/api/schemas/tracking.ts and the disposition outcomes). */

export const METRICS = {
  dials: 'dials',
  talkTo: 'talkTo',
  lead: 'lead',
  appointmentSet: 'appointmentSet',
  appointmentHeld: 'appointmentHeld',
  /** Seconds on the phone in calling sessions. */
  phoneSeconds: 'phoneSeconds',
  /** Seconds of the calls themselves (the sum of dials' durations). */
  callSeconds: 'callSeconds',
} as const;

/** Metric -> count: one day's (or one period's) rollup values. */
export type Counts = Readonly<Record<string, number>>;

/** Local date -> metric -> count. A date or metric absent counts as 0. */
export type DailyCounts = Readonly<Record<string, Counts>>;
