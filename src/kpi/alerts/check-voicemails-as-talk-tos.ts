/** Alert: a VA's talk-to rate far above the team's with very short talk-to calls, the mark of voicemails logged as talk-to's. */
import { divideOrNull } from '../compute-kpi.ts';
import { formatCount, formatPercent, formatRatio } from '../format-numbers.ts';
import type { AlertResult } from './alert-result.ts';

/** Dials, talk-to's and the seconds of those talk-to calls (callSeconds of talk-to dispositions, or of all calls when that is what is kept). */
export interface CallCounts {
  dials: number;
  talkTo: number;
  talkToSeconds: number;
}

export interface VoicemailsAsTalkTosInput {
  subject: string;
  va: CallCounts;
  /** The rest of the team over the same days (best without this VA, so they do not mask themselves). */
  team: CallCounts;
  /** Fires at a talk-to rate at least this many times the team's; 1.8 by default. */
  rateFactor?: number;
  /** ... and talk-to calls at most this share of the team's average length; 0.5 by default. */
  durationShare?: number;
  /** Too few dials to tell below this; 100 by default. */
  minDials?: number;
}

export function checkVoicemailsAsTalkTos(input: VoicemailsAsTalkTosInput): AlertResult {
  const { subject, va, team, rateFactor = 1.8, durationShare = 0.5, minDials = 100 } = input;
  const rule = 'voicemailsAsTalkTos';
  const vaRate = divideOrNull(va.talkTo, va.dials);
  const teamRate = divideOrNull(team.talkTo, team.dials);
  const vaSeconds = divideOrNull(va.talkToSeconds, va.talkTo);
  const teamSeconds = divideOrNull(team.talkToSeconds, team.talkTo);
  if (va.dials < minDials || vaRate === null || teamRate === null || vaSeconds === null || teamSeconds === null || teamRate === 0 || teamSeconds === 0) {
    return { rule, fired: false, why: `Not enough calls to compare ${subject} with the team (${formatCount(va.dials)} dials, at least ${formatCount(minDials)} needed).` };
  }
  const facts = `${subject}'s talk-to rate is ${formatPercent(vaRate)}, ${formatRatio(vaRate / teamRate)}x the team's ${formatPercent(teamRate)}, with talk-to calls averaging ${Math.round(vaSeconds)} s against the team's ${Math.round(teamSeconds)} s`;
  const fired = vaRate >= rateFactor * teamRate && vaSeconds <= durationShare * teamSeconds;
  return { rule, fired, why: fired ? `${facts}: voicemails may be logged as talk-to's.` : `${facts}: nothing unusual.` };
}
