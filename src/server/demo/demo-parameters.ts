/** The demo's figures, from DOMAIN.md's "realistic demo data set" and "typical figures" (ranges there, one value here). */

export const LEAD_SOURCES = ['expired', 'fsbo', 'preForeclosure', 'circle', 'sphere'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const SOURCE_LABELS: Record<LeadSource, string> = {
  expired: 'Expired',
  fsbo: 'FSBO',
  preForeclosure: 'Pre-foreclosure',
  circle: 'Circle prospecting',
  sphere: 'Sphere',
};

/** Talk-to's per dial by lead source (cold 12%, expired 12%, FSBO 15%, pre-foreclosure 9%, sphere 30%). */
export const TALK_TO_RATE: Record<LeadSource, number> = { expired: 0.12, fsbo: 0.15, preForeclosure: 0.09, circle: 0.12, sphere: 0.3 };

/** Leads per talk-to by lead source (cold 2.5%, expired 9%, FSBO 7%; pre-foreclosure and sphere in between). */
export const LEAD_RATE: Record<LeadSource, number> = { expired: 0.09, fsbo: 0.07, preForeclosure: 0.05, circle: 0.025, sphere: 0.04 };

/** How often a session works each kind of list. */
export const SOURCE_WEIGHTS: Record<LeadSource, number> = { expired: 0.3, fsbo: 0.22, preForeclosure: 0.12, circle: 0.26, sphere: 0.1 };

/** Talk-to rate by local hour (11-14h x0.7, 16-18h x1.3) and by ISO weekday (Wed/Thu x1.1). */
export function hourFactor(hour: number): number {
  if (hour >= 11 && hour < 14) return 0.7;
  if (hour >= 16 && hour < 18) return 1.3;
  return 1;
}
export function weekdayFactor(isoWeekday: number): number {
  return isoWeekday === 3 || isoWeekday === 4 ? 1.1 : 1;
}

/** Lead rate by month (Dec x0.7 ... Apr/May x1.2), index 0 = January. */
export const MONTH_FACTOR = [0.95, 1, 1.1, 1.2, 1.2, 1.1, 1, 1, 1, 0.95, 0.85, 0.7] as const;

/** The VA's ramp-up: 1 - 0.4 e^(-tenure_days / 45). */
export function rampUp(tenureDays: number): number {
  return 1 - 0.4 * Math.exp(-Math.max(0, tenureDays) / 45);
}

/** Script v2 converts this many times v1 on leads per talk-to (the planted effect "VA, script or list?" must find). */
export const SCRIPT_V2_FACTOR = 1.4;

/** 35% of leads book an appointment, 65% of those are held. */
export const APPOINTMENT_SET_RATE = 0.35;
export const APPOINTMENT_HELD_RATE = 0.65;

/** Manual dialing: about 45 dials per phone-hour at effort 1. */
export const DIALS_PER_PHONE_HOUR = 45;
/** 4% of working days a VA is absent. */
export const ABSENT_RATE = 0.04;
/** Dials whose disposition is corrected (an undo within the window, then the right one). */
export const CORRECTION_RATE = 0.003;

/** A reached call that is not a lead: how it ended. */
export const REACHED_OUTCOMES = [
  ['notInterested', 0.6],
  ['callbackRequested', 0.2],
  ['alreadyListed', 0.12],
  ['doNotCall', 0.08],
] as const;

/** A dial that reached nobody: how it ended. */
export const NOT_REACHED_OUTCOMES = [
  ['noAnswer', 0.5],
  ['voicemail', 0.34],
  ['busy', 0.05],
  ['badNumber', 0.06],
  ['wrongNumber', 0.05],
] as const;

/** Median seconds of a reached call by disposition (log-normal around it). */
export const CALL_SECONDS: Record<string, number> = {
  notInterested: 75,
  callbackRequested: 110,
  alreadyListed: 60,
  doNotCall: 35,
  lead: 420,
  appointmentSet: 540,
};

/** The planted anomalies' strengths. */
export const PLANTED = {
  /** Share of voicemails the dishonest VA logs as "not interested", and their length in seconds (median). */
  voicemailAsTalkToShare: 0.9,
  voicemailSeconds: 15,
  /** The burning list's talk-to rate is multiplied by this for each calling day since it began burning. */
  burnDecayPerDay: 0.93,
  burnCallingDays: 15,
  /** The team behind pace dials this share of its normal effort over its last working week. */
  behindPaceEffort: 0.6,
  /** The silent VA stops logging this many minutes into the shift on the anomaly day. */
  silentAfterMinutes: 70,
} as const;
