import { describe, expect, it } from 'vitest';
import { dayReportRows } from './day-report-rows.ts';

const rates = { talkToRate: 0.1, leadRate: 0.5, appointmentRate: null, dialsPerPhoneHour: 40 };

describe('dayReportRows', () => {
  it('given a summary grouped by user and the team\'s members, when built, then each VA has a row (zeros when idle), most dials first', () => {
    const rows = dayReportRows(
      [
        { key: 7, totals: { dials: 20, talkTo: 2, lead: 1, phoneSeconds: 1800 }, rates },
        { key: 9, totals: { dials: 45, talkTo: 5, appointmentSet: 1, lead: 1 }, rates },
      ],
      [
        { userId: 7, name: 'Vera', role: 'va' },
        { userId: 8, name: 'Idle Ida', role: 'va' },
        { userId: 9, name: 'Manny Manager', role: 'manager' },
        { userId: 10, name: 'Olivia', role: 'owner' },
      ],
    );
    expect(rows.map((row) => [row.name, row.dials, row.talkTo, row.leads, row.appointments, row.phoneSeconds])).toEqual([
      ['Manny Manager', 45, 5, 1, 1, 0],
      ['Vera', 20, 2, 1, 0, 1800],
      ['Idle Ida', 0, 0, 0, 0, 0],
    ]);
    expect(rows[1]!.rates).toBe(rates);
    expect(rows[2]!.rates.talkToRate).toBeNull();
  });

  it('given figures of someone no longer in the team, when built, then they still show, named as a former member', () => {
    expect(dayReportRows([{ key: '12', totals: { dials: 3 }, rates }], [])[0]).toMatchObject({ userId: 12, name: 'Former member 12', dials: 3 });
  });
});
