/** Decides whether a dial may go ahead under a team's guard: not to a number on its do-not-call list, not outside the calling window in the called party's time zone. */
import type { ComplianceSettings, DialCheck, GuardMode } from '../../api/schemas/compliance.ts';
import { findCalledPartyTimeZones } from './find-called-party-time-zones.ts';
import { readLocalTime } from './read-local-time.ts';

export interface DialToCheck {
  /** E.164. */
  number: string;
  at: Date;
  /** The record's own zone, when its data says. */
  recordTimeZone?: string | undefined;
  settings: Pick<ComplianceSettings, 'guardMode' | 'callingWindow'>;
  isOnDncList: boolean;
}

function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/**
 * A dial is inside the window when start <= local time < end (08:00 is allowed, 21:00 is not). When the area code
 * spans several zones the dial must be inside in every one; when no zone is known the hours rule cannot apply,
 * and the result says so as a notice rather than guessing. Mode off checks nothing; warn reports; block refuses.
 */
export function checkDial(dial: DialToCheck): DialCheck {
  const mode: GuardMode = dial.settings.guardMode;
  const start = minutesOf(dial.settings.callingWindow.start);
  const end = minutesOf(dial.settings.callingWindow.end);
  const { source, zones } = findCalledPartyTimeZones(dial.number, dial.recordTimeZone);
  const possibleTimeZones = zones.map((timeZone) => {
    const local = readLocalTime(dial.at, timeZone);
    return { timeZone, localTime: local.text, insideWindow: local.minuteOfDay >= start && local.minuteOfDay < end };
  });
  const single = possibleTimeZones.length === 1 ? possibleTimeZones[0]! : undefined;
  const outside = possibleTimeZones.filter((zone) => !zone.insideWindow);
  const callingHours = zones.length === 0 ? 'unknownTimeZone' : outside.length > 0 ? 'outside' : 'inside';

  const violations: DialCheck['violations'] = [];
  const notices: DialCheck['notices'] = [];
  if (mode !== 'off') {
    if (dial.isOnDncList) violations.push({ rule: 'dnc', message: `${dial.number} is on the team's do-not-call list.` });
    const window = `${dial.settings.callingWindow.start}-${dial.settings.callingWindow.end}`;
    if (callingHours === 'outside') {
      const where = outside.map((zone) => `${zone.localTime.slice(11)} in ${zone.timeZone}`).join(', ');
      const which = possibleTimeZones.length > 1 ? ` (the area code spans ${possibleTimeZones.map((zone) => zone.timeZone).join(', ')})` : '';
      violations.push({ rule: 'callingHours', message: `It is ${where}: outside the calling window ${window}${which}.` });
    }
    if (callingHours === 'unknownTimeZone') {
      notices.push({ rule: 'callingHours', message: `The called party's time zone is unknown (no zone on the record, and the number's area code does not tell), so the calling window ${window} could not be checked.` });
    }
  }
  return {
    number: dial.number,
    allowed: mode !== 'block' || violations.length === 0,
    mode,
    violations,
    notices,
    onDncList: dial.isOnDncList,
    callingHours,
    calledPartyTimeZone: single?.timeZone ?? null,
    localTime: single?.localTime ?? null,
    timeZoneSource: source,
    possibleTimeZones,
  };
}
