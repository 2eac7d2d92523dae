/**
 * Plans the demo agency from its options alone (no store, no clock): its clients (teams) with time zones, shifts and
 * lists, the VAs with their effort, skill and hire date, the team leads, and where each anomaly is planted.
 */
import { addDays, isoWeekday, type LocalDate } from '../../kpi/calendar-dates.ts';
import { localTimeToInstant } from '../../kpi/local-time-to-instant.ts';
import { parseClockTime } from '../../kpi/parse-clock-time.ts';
import { toLocalDateTime } from '../../kpi/to-local-date-time.ts';
import { createDemoRandom } from './create-demo-random.ts';
import { DIALS_PER_PHONE_HOUR, LEAD_SOURCES, PLANTED, SOURCE_LABELS, type LeadSource } from './demo-parameters.ts';
import { isDemoHoliday } from './is-demo-holiday.ts';

export interface DemoOptions {
  vas: number;
  days: number;
  seed: number;
  organization: string;
  ownerEmail: string;
  /** The history ends at this instant (now, for the command): nothing is generated after it. */
  endAtMs: number;
}

export interface DemoList {
  name: string;
  source: LeadSource;
}

export interface DemoTeam {
  index: number;
  name: string;
  city: string;
  timeZone: string;
  /** The team's area code: the numbers its lists call. */
  areaCode: string;
  shift: { start: string; end: string };
  lists: DemoList[];
  lead: { name: string; email: string };
  /** The team's last local date of history and its first. */
  firstDate: LocalDate;
  lastDate: LocalDate;
}

export interface DemoVa {
  index: number;
  name: string;
  email: string;
  /** Where the VA works from (they work the client's hours). */
  homeTimeZone: string;
  teamIndex: number;
  /** Effort ~ N(1, 0.12) clipped to 0.6-1.3; coasters 0.65-0.8, stars 1.15-1.3. */
  effort: number;
  /** Skill ~ N(1, 0.15): multiplies the lead rate. */
  skill: number;
  /** Tenure at the team's first date (negative: hired during the history, that many days after it). */
  tenureAtStartDays: number;
  /** Share of sessions run with script v2: skilled VAs took it up first, which confounds an unstratified comparison. */
  scriptV2Share: number;
  /** The dishonest VA logs most voicemails as talk-to's. */
  logsVoicemailsAsTalkTos: boolean;
}

export interface DemoAnomalies {
  voicemailsAsTalkTos: { teamIndex: number; vaIndex: number; cleanVaIndex: number };
  listBurningOut: { teamIndex: number; list: string; burningFrom: LocalDate; decayPerCallingDay: number; cleanLists: string[] };
  silentDuringShift: { teamIndex: number; vaIndex: number; date: LocalDate; silentFrom: string; checkAt: string };
  behindPace: { teamIndex: number; cleanTeamIndex: number; from: LocalDate; to: LocalDate; effort: number; checkAt: string; cleanCheckAt: string };
  scriptComparison: { expectedRatio: number; note: string };
  /** The team lead leaves the follow-ups of the team's last `count` leads (found at least 2 hours before the end) undone. */
  leadFollowUpsOverdue: { teamIndex: number; count: number };
}

export interface DemoPlan {
  options: DemoOptions;
  teams: DemoTeam[];
  vas: DemoVa[];
  /** Dials a VA is expected to make on a working day, the demo teams' target (a week is five of them). */
  dialsPerVaDay: number;
  anomalies: DemoAnomalies;
}

const CLIENTS = [
  { name: 'Lakeside Realty Group', city: 'Chicago', timeZone: 'America/Chicago', areaCode: '312' },
  { name: 'Summit Home Team', city: 'Denver', timeZone: 'America/Denver', areaCode: '303' },
  { name: 'Harbor & Main Realtors', city: 'Boston', timeZone: 'America/New_York', areaCode: '617' },
  { name: 'Desert Sun Properties', city: 'Phoenix', timeZone: 'America/Phoenix', areaCode: '602' },
  { name: 'Pacific Crest Homes', city: 'San Diego', timeZone: 'America/Los_Angeles', areaCode: '619' },
  { name: 'Bluebonnet Realty', city: 'Austin', timeZone: 'America/Chicago', areaCode: '512' },
  { name: 'Peachtree Partners', city: 'Atlanta', timeZone: 'America/New_York', areaCode: '404' },
  { name: 'Evergreen Home Co.', city: 'Seattle', timeZone: 'America/Los_Angeles', areaCode: '206' },
  { name: 'Magic City Realty', city: 'Miami', timeZone: 'America/New_York', areaCode: '305' },
  { name: 'Gulf Coast Homes', city: 'Houston', timeZone: 'America/Chicago', areaCode: '713' },
  { name: 'Front Range Realty', city: 'Colorado Springs', timeZone: 'America/Denver', areaCode: '719' },
  { name: 'Aloha Island Realty', city: 'Honolulu', timeZone: 'Pacific/Honolulu', areaCode: '808' },
] as const;

const FIRST_NAMES = ['Maria', 'Jose', 'Angelica', 'Mark', 'Kristine', 'John Paul', 'Rhea', 'Carlo', 'Joy', 'Miguel', 'Patricia', 'Rafael', 'Camille', 'Paolo', 'Bea', 'Nico', 'Grace', 'Ramon', 'Trisha', 'Enzo', 'Liza', 'Adrian', 'Faith', 'Jericho'];
const LAST_NAMES = ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Torres', 'Flores', 'Villanueva', 'Ramos', 'Aquino', 'Castillo', 'Navarro', 'Domingo', 'Salazar', 'Dela Cruz', 'Lim', 'Tan', 'Rivera', 'Pascual'];
const LEAD_NAMES = ['Dana Whitfield', 'Marcus Bell', 'Erin Holloway', 'Greg Tanaka', 'Sofia Marquez', 'Tom Brennan', 'Priya Raman', 'Luke Carver', 'Hannah Ostrowski', 'Devon Price', 'Kelly Nakamura', 'Ross Delgado'];
const HOME_ZONES = [
  ['Asia/Manila', 0.75],
  ['Asia/Kolkata', 0.1],
  ['America/Bogota', 0.1],
  ['Africa/Lagos', 0.05],
] as const;

const clip = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

function emailDomain(ownerEmail: string): string {
  return ownerEmail.slice(ownerEmail.lastIndexOf('@') + 1) || 'demo.test';
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
}

/** Working dates of a team: Monday to Friday, not a holiday. */
export function isTeamWorkingDate(date: LocalDate): boolean {
  return isoWeekday(date) <= 5 && !isDemoHoliday(date);
}

/** The instant a team's shift starts (or ends) on a date. */
export function shiftInstant(team: Pick<DemoTeam, 'timeZone'>, date: LocalDate, clock: string): number {
  return localTimeToInstant(date, parseClockTime(clock), team.timeZone);
}

/**
 * The day the day-level anomalies happen on for a team: the latest working date up to the end whose shift has run
 * at least 5.5 hours by then (so a pace check after 14:00 means something), and the instant to check it at.
 */
export function anomalyDay(team: Pick<DemoTeam, 'timeZone' | 'shift' | 'lastDate' | 'firstDate'>, endAtMs: number): { date: LocalDate; checkAtMs: number } {
  for (let date = team.lastDate; date >= team.firstDate; date = addDays(date, -1)) {
    if (!isTeamWorkingDate(date)) continue;
    const start = shiftInstant(team, date, team.shift.start);
    if (start + 5.5 * 3_600_000 > endAtMs) continue;
    const end = shiftInstant(team, date, team.shift.end);
    return { date, checkAtMs: Math.min(endAtMs, end - 60_000) };
  }
  throw new Error('the history has no working day with a shift under way: give more --days');
}

export function planDemo(options: DemoOptions): DemoPlan {
  if (!Number.isInteger(options.vas) || options.vas < 3) throw new RangeError('--vas must be at least 3 (the planted anomalies need two teams)');
  if (!Number.isInteger(options.days) || options.days < 14) throw new RangeError('--days must be at least 14');
  const random = createDemoRandom(options.seed, 'plan');
  const domain = emailDomain(options.ownerEmail);
  const teamCount = clip(Math.round(options.vas / 6), 2, CLIENTS.length);
  const teams: DemoTeam[] = CLIENTS.slice(0, teamCount).map((client, index) => {
    const lastDate = toLocalDateTime(options.endAtMs, client.timeZone).date;
    return {
      index,
      name: client.name,
      city: client.city,
      timeZone: client.timeZone,
      areaCode: client.areaCode,
      shift: index % 2 === 0 ? { start: '09:00', end: '17:00' } : { start: '10:00', end: '18:00' },
      lists: LEAD_SOURCES.map((source) => ({ source, name: `${SOURCE_LABELS[source]} - ${client.city}` })),
      lead: { name: LEAD_NAMES[index % LEAD_NAMES.length]!, email: `${slug(LEAD_NAMES[index % LEAD_NAMES.length]!)}.lead${index + 1}@${domain}` },
      firstDate: addDays(lastDate, -(options.days - 1)),
      lastDate,
    };
  });

  const vas: DemoVa[] = Array.from({ length: options.vas }, (_, index) => {
    const va = createDemoRandom(options.seed, 'va', index);
    const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[(index * 7 + Math.floor(index / FIRST_NAMES.length)) % LAST_NAMES.length]}`;
    // The first VAs carry the planted anomalies: they stay ordinary workers otherwise, so nothing else explains them.
    const ordinary = index < 6;
    let effort = clip(1 + 0.12 * va.normal(), 0.6, 1.3);
    if (!ordinary && index % 12 === 7) effort = va.between(0.65, 0.8);
    else if (!ordinary && index % 9 === 4) effort = va.between(1.15, 1.3);
    if (ordinary) effort = clip(effort, 0.9, 1.15);
    const skill = clip(1 + 0.15 * va.normal(), 0.6, 1.5);
    const hiredDuring = !ordinary && va.chance(0.15);
    return {
      index,
      name,
      email: `${slug(name)}.${index + 1}@${domain}`,
      homeTimeZone: va.weighted(HOME_ZONES),
      teamIndex: index % teamCount,
      effort,
      skill,
      tenureAtStartDays: hiredDuring ? -Math.round(va.between(0.1, 0.7) * options.days) : Math.round(va.between(45, 900)),
      scriptV2Share: clip(0.5 + 4 * (skill - 1), 0.15, 0.85),
      logsVoicemailsAsTalkTos: index === 0,
    };
  });
  void random;

  // Team 0: the dishonest VA (VA 0) beside honest ones, and the burning list. Team 1: behind pace, with the silent VA (VA 1).
  const teamA = teams[0]!;
  const teamB = teams[1]!;
  const burningList = teamA.lists.find((list) => list.source === 'expired')!;
  const workingDatesA: LocalDate[] = [];
  for (let date = teamA.lastDate; date >= teamA.firstDate && workingDatesA.length < PLANTED.burnCallingDays; date = addDays(date, -1)) {
    if (isTeamWorkingDate(date)) workingDatesA.unshift(date);
  }
  const silentDay = anomalyDay(teamB, options.endAtMs);
  const cleanDay = anomalyDay(teamA, options.endAtMs);
  const behindFrom = addDays(silentDay.date, -6);
  const silentFromMs = shiftInstant(teamB, silentDay.date, teamB.shift.start) + PLANTED.silentAfterMinutes * 60_000;
  const dialsPerVaDay = Math.round(DIALS_PER_PHONE_HOUR * 6 * 0.9);

  return {
    options,
    teams,
    vas,
    dialsPerVaDay,
    anomalies: {
      voicemailsAsTalkTos: { teamIndex: 0, vaIndex: 0, cleanVaIndex: vas.find((va) => va.teamIndex === 0 && va.index !== 0)!.index },
      listBurningOut: {
        teamIndex: 0,
        list: burningList.name,
        burningFrom: workingDatesA[0]!,
        // Down to about a quarter of its rate over the burning days.
        decayPerCallingDay: Math.min(PLANTED.burnDecayPerDay, 0.25 ** (1 / Math.max(1, workingDatesA.length - 1))),
        cleanLists: teamA.lists.filter((list) => list !== burningList).map((list) => list.name),
      },
      silentDuringShift: { teamIndex: 1, vaIndex: 1, date: silentDay.date, silentFrom: new Date(silentFromMs).toISOString(), checkAt: new Date(silentDay.checkAtMs).toISOString() },
      behindPace: {
        teamIndex: 1,
        cleanTeamIndex: 0,
        from: behindFrom,
        to: silentDay.date,
        effort: PLANTED.behindPaceEffort,
        checkAt: new Date(silentDay.checkAtMs).toISOString(),
        cleanCheckAt: new Date(cleanDay.checkAtMs).toISOString(),
      },
      scriptComparison: {
        expectedRatio: 1.4,
        note: 'Script v2 converts 1.4x v1 on leads per talk-to; skilled VAs use v2 more, so only a comparison stratified by VA finds 1.4x.',
      },
      leadFollowUpsOverdue: { teamIndex: 1, count: 3 },
    },
  };
}
