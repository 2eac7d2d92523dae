/** The rows of the day report: one per VA of the team (with zeros for a VA who logged nothing) and per anyone else who logged, most dials first. */
import type { Member } from '../../../api/schemas/members.ts';
import type { TrackingRates, TrackingSummary } from '../../../api/schemas/tracking.ts';

export interface DayReportRow {
  userId: number;
  name: string;
  dials: number;
  talkTo: number;
  leads: number;
  appointments: number;
  phoneSeconds: number;
  rates: TrackingRates;
}

const NO_RATES: TrackingRates = { talkToRate: null, leadRate: null, appointmentRate: null, dialsPerPhoneHour: null };

export function dayReportRows(groups: TrackingSummary['groups'], members: readonly Pick<Member, 'userId' | 'name' | 'role'>[]): DayReportRow[] {
  const rows = new Map<number, DayReportRow>();
  for (const member of members) {
    if (member.role === 'va') rows.set(member.userId, { userId: member.userId, name: member.name, dials: 0, talkTo: 0, leads: 0, appointments: 0, phoneSeconds: 0, rates: NO_RATES });
  }
  for (const group of groups) {
    const userId = Number(group.key);
    if (group.key === null || !Number.isInteger(userId)) continue;
    const name = members.find((member) => member.userId === userId)?.name ?? `Former member ${userId}`;
    rows.set(userId, {
      userId,
      name,
      dials: group.totals.dials ?? 0,
      talkTo: group.totals.talkTo ?? 0,
      leads: group.totals.lead ?? 0,
      appointments: group.totals.appointmentSet ?? 0,
      phoneSeconds: group.totals.phoneSeconds ?? 0,
      rates: group.rates,
    });
  }
  return [...rows.values()].sort((a, b) => b.dials - a.dials || a.name.localeCompare(b.name));
}
