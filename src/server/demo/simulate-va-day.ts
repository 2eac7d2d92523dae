/**
 * One VA's working day as the tracker would log it, from the plan and the day's own random stream: calling sessions
 * (started, paused, resumed, stopped) in the client's shift, dials at the VA's pace with dispositions drawn from the
 * demo's rates, the odd corrected disposition (an undo, then the right one), held appointments logged as a counter,
 * and the planted anomalies where the plan puts them. Pure: events are plain data with keys unique within the VA.
 */
import { daysBetween, isoWeekday, type LocalDate } from '../../kpi/calendar-dates.ts';
import { localTimeToInstant } from '../../kpi/local-time-to-instant.ts';
import { createDemoRandom, type DemoRandom } from './create-demo-random.ts';
import {
  ABSENT_RATE,
  APPOINTMENT_HELD_RATE,
  APPOINTMENT_SET_RATE,
  CALL_SECONDS,
  CORRECTION_RATE,
  LEAD_RATE,
  MONTH_FACTOR,
  NOT_REACHED_OUTCOMES,
  PLANTED,
  REACHED_OUTCOMES,
  SCRIPT_V2_FACTOR,
  SOURCE_WEIGHTS,
  TALK_TO_RATE,
  hourFactor,
  rampUp,
  weekdayFactor,
} from './demo-parameters.ts';
import { isTeamWorkingDate, shiftInstant, type DemoList, type DemoPlan, type DemoTeam, type DemoVa } from './plan-demo.ts';

export type DemoEventKind = 'dial' | 'counted' | 'sessionStarted' | 'sessionPaused' | 'sessionResumed' | 'sessionStopped' | 'undo';

export interface DemoLead {
  name: string;
  phoneNumber: string;
  motivation: string;
  timeline: string;
}

export interface DemoEvent {
  /** Unique within the VA's history (the date and a sequence number): the client id is derived from it. */
  key: string;
  kind: DemoEventKind;
  atMs: number;
  /** The session a pause, resume or stop belongs to (its start's key). */
  sessionKey?: string;
  list?: string;
  scriptVersion?: 1 | 2;
  disposition?: string;
  durationSeconds?: number;
  phoneNumber?: string;
  counter?: string;
  /** The dial an undo takes back. */
  correctsKey?: string;
  /** A dial that found a lead carries it, to be handed off. */
  lead?: DemoLead;
}

/** An appointment set on an earlier day that will be held (logged as the appointmentHeld counter on that day). */
export interface PendingAppointment {
  heldOn: LocalDate;
  list: string;
  scriptVersion: 1 | 2;
}

const OWNER_NAMES = ['Pat Morgan', 'Linda Chu', 'Robert Hayes', 'Gloria Ortiz', 'Walter Kim', 'Janet Brooks', 'Frank Russo', 'Alice Novak', 'Henry Osei', 'Ruth Lindqvist'];
const MOTIVATIONS = ['Relocating for work', 'Downsizing after the kids left', 'Divorce settlement', 'Inherited the house', 'Behind on payments', 'Listing expired, still wants to sell', 'Buying a bigger home'];
const TIMELINES = ['within 30 days', '1-3 months', '3-6 months', 'this year'];

function pickList(random: DemoRandom, lists: readonly DemoList[]): DemoList {
  return random.weighted(lists.map((list) => [list, SOURCE_WEIGHTS[list.source]] as const));
}

function fictionalNumber(team: DemoTeam, random: DemoRandom): string {
  // 555-0100 to 555-0199 are reserved for fiction in every North American area code.
  return `+1${team.areaCode}55501${String(random.integer(0, 99)).padStart(2, '0')}`;
}

export interface VaDayContext {
  plan: DemoPlan;
  va: DemoVa;
  team: DemoTeam;
  date: LocalDate;
  /** Appointments waiting to be held, oldest first; the day takes those due and returns the rest with its new ones. */
  pending: PendingAppointment[];
}

export function simulateVaDay({ plan, va, team, date, pending }: VaDayContext): { events: DemoEvent[]; pending: PendingAppointment[] } {
  const { anomalies, options } = plan;
  const events: DemoEvent[] = [];
  if (!isTeamWorkingDate(date)) return { events, pending };
  const tenure = va.tenureAtStartDays + daysBetween(team.firstDate, date);
  if (tenure < 0) return { events, pending };
  const silent = anomalies.silentDuringShift;
  const isSilentVa = va.index === silent.vaIndex;
  if (isSilentVa && date > silent.date) return { events, pending };
  const random = createDemoRandom(options.seed, 'day', va.index, date);
  if (!(isSilentVa && date === silent.date) && random.chance(ABSENT_RATE)) return { events, pending };

  const behind = anomalies.behindPace;
  const isBehind = team.index === behind.teamIndex && date >= behind.from && date <= behind.to;
  const effort = va.effort * Math.min(1.25, Math.max(0.75, 1 + 0.08 * random.normal())) * (isBehind ? behind.effort : 1);
  const burning = anomalies.listBurningOut;
  const burnDays = team.index === burning.teamIndex && date >= burning.burningFrom ? countWorkingDays(burning.burningFrom, date) : 0;
  const stopAtMs = Math.min(options.endAtMs, isSilentVa && date === silent.date ? Date.parse(silent.silentFrom) : Number.POSITIVE_INFINITY);

  const dayStartMs = localTimeToInstant(date, 0, team.timeZone);
  const weekday = weekdayFactor(isoWeekday(date));
  const month = MONTH_FACTOR[Number(date.slice(5, 7)) - 1]!;
  const leadSkill = va.skill * rampUp(tenure) * month;
  const shiftStart = shiftInstant(team, date, team.shift.start);
  const shiftEnd = shiftInstant(team, date, team.shift.end);
  const minute = 60_000;

  // Three blocks: morning, after lunch, late afternoon (the best contact window).
  const blocks: Array<[number, number]> = [];
  let cursor = shiftStart + random.between(2, 15) * minute;
  const firstEnd = cursor + random.between(105, 130) * minute;
  blocks.push([cursor, firstEnd]);
  cursor = firstEnd + random.between(30, 45) * minute;
  const secondEnd = cursor + random.between(100, 130) * minute;
  blocks.push([cursor, secondEnd]);
  cursor = secondEnd + random.between(15, 25) * minute;
  blocks.push([cursor, shiftEnd - random.between(5, 20) * minute]);

  let sequence = 0;
  const nextKey = () => `${date}/${sequence++}`;
  const stillPending: PendingAppointment[] = [];
  const due = pending.filter((appointment) => (appointment.heldOn <= date ? true : (stillPending.push(appointment), false)));
  const newAppointments: PendingAppointment[] = [];

  for (const [blockStart, blockEnd] of blocks) {
    if (blockStart >= stopAtMs || blockEnd <= blockStart) break;
    const end = Math.min(blockEnd, stopAtMs);
    const list = pickList(random, team.lists);
    const scriptVersion: 1 | 2 = random.chance(va.scriptV2Share) ? 2 : 1;
    const sessionKey = nextKey();
    events.push({ key: sessionKey, kind: 'sessionStarted', atMs: blockStart, list: list.name, scriptVersion });
    // Appointments held since the last session: the VA logs them as the agent reports them.
    for (const appointment of due.splice(0)) {
      events.push({ key: nextKey(), kind: 'counted', atMs: blockStart + 1000, counter: 'appointmentHeld', list: appointment.list, scriptVersion: appointment.scriptVersion });
    }
    const pauseAt = random.chance(0.5) ? blockStart + random.between(0.3, 0.7) * (blockEnd - blockStart) : Number.POSITIVE_INFINITY;
    let paused = false;
    let at = blockStart + random.between(20, 90) * 1000;
    const talkTo = TALK_TO_RATE[list.source] * weekday * (list.name === burning.list && burnDays > 0 ? burning.decayPerCallingDay ** (burnDays - 1) : 1);
    const leadRate = LEAD_RATE[list.source] * leadSkill * (scriptVersion === 2 ? SCRIPT_V2_FACTOR : 1);
    while (at < end) {
      if (!paused && at >= pauseAt) {
        paused = true;
        const resumeAt = at + random.between(5, 15) * minute;
        events.push({ key: nextKey(), kind: 'sessionPaused', atMs: Math.round(at), sessionKey });
        if (resumeAt >= end) break;
        events.push({ key: nextKey(), kind: 'sessionResumed', atMs: Math.round(resumeAt), sessionKey });
        at = resumeAt + random.between(10, 40) * 1000;
        continue;
      }
      const hour = (at - dayStartMs) / 3_600_000;
      const dial: DemoEvent = { key: nextKey(), kind: 'dial', atMs: Math.round(at), list: list.name, scriptVersion };
      let gapSeconds: number;
      if (random.chance(talkTo * hourFactor(Math.floor(hour)))) {
        let disposition: string;
        if (random.chance(leadRate)) {
          disposition = random.chance(APPOINTMENT_SET_RATE) ? 'appointmentSet' : 'lead';
          dial.phoneNumber = fictionalNumber(team, random);
          dial.lead = { name: random.pick(OWNER_NAMES), phoneNumber: dial.phoneNumber, motivation: random.pick(MOTIVATIONS), timeline: random.pick(TIMELINES) };
          if (disposition === 'appointmentSet' && random.chance(APPOINTMENT_HELD_RATE)) {
            newAppointments.push({ heldOn: addWorkingDays(date, random.integer(2, 6)), list: list.name, scriptVersion });
          }
        } else {
          disposition = random.weighted(REACHED_OUTCOMES);
          if (disposition === 'doNotCall') dial.phoneNumber = fictionalNumber(team, random);
        }
        dial.disposition = disposition;
        dial.durationSeconds = Math.max(5, Math.round(random.logNormal(CALL_SECONDS[disposition]!, 0.5)));
        gapSeconds = dial.durationSeconds + random.between(10, 30);
      } else {
        const disposition = random.weighted(NOT_REACHED_OUTCOMES);
        if (disposition === 'voicemail' && va.logsVoicemailsAsTalkTos && random.chance(PLANTED.voicemailAsTalkToShare)) {
          dial.disposition = 'notInterested';
          dial.durationSeconds = Math.max(5, Math.round(random.logNormal(PLANTED.voicemailSeconds, 0.35)));
        } else {
          dial.disposition = disposition;
        }
        gapSeconds = random.logNormal(72, 0.35) / effort;
        if (random.chance(CORRECTION_RATE)) {
          // Logged the wrong button: undone within the window and logged again.
          const wrong: DemoEvent = { ...dial, disposition: disposition === 'noAnswer' ? 'voicemail' : 'noAnswer' };
          delete wrong.durationSeconds;
          events.push(wrong);
          const undoAt = dial.atMs + Math.round(random.between(10, 60) * 1000);
          events.push({ key: nextKey(), kind: 'undo', atMs: undoAt, correctsKey: wrong.key });
          dial.key = nextKey();
          dial.atMs = undoAt + 1000;
          gapSeconds += 60;
        }
      }
      events.push(dial);
      at += gapSeconds * 1000;
    }
    events.push({ key: nextKey(), kind: 'sessionStopped', atMs: Math.round(Math.min(end, Math.max(at, blockStart + 1000))), sessionKey });
  }
  // Held appointments not logged today (no session before the end) wait for the next day.
  return { events: events.filter((event) => event.atMs <= options.endAtMs), pending: [...due, ...stillPending, ...newAppointments] };
}

function countWorkingDays(from: LocalDate, to: LocalDate): number {
  let count = 0;
  for (let offset = 0; offset <= daysBetween(from, to); offset++) {
    const date = new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    if (isTeamWorkingDate(date)) count++;
  }
  return count;
}

function addWorkingDays(date: LocalDate, days: number): LocalDate {
  let result = date;
  for (let added = 0; added < days; ) {
    result = new Date(Date.parse(`${result}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (isTeamWorkingDate(result)) added++;
  }
  return result;
}
