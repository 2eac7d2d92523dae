/** The dashboard CSVs: quoting by RFC 4180 and no cell a spreadsheet would run as a formula. */
import { describe, expect, it } from 'vitest';
import type { TeamDashboard } from '../../api/schemas/dashboards.ts';
import { formatVaTableCsv } from './format-dashboard-csv.ts';

function dashboardWith(names: string[]): TeamDashboard {
  return {
    kpis: [{ key: 'dials', label: 'Dials', isRatio: false, value: 3, target: 10, pace: null }],
    vas: names.map((name, index) => ({
      userId: index + 1,
      name,
      totals: { dials: 3, talkTo: 1, lead: 0, phoneSeconds: 5400 },
      rates: { talkToRate: 1 / 3, leadRate: 0, appointmentRate: null, dialsPerPhoneHour: 2 },
      kpis: [{ key: 'dials', value: 3, target: 10, status: 'behind' }],
      daily: { dials: [3], talkTo: [1], lead: [0] },
    })),
  } as unknown as TeamDashboard;
}

describe('formatVaTableCsv', () => {
  it('given names with commas, quotes and a leading =, when written, then they are quoted and the formula is neutralized', () => {
    const csv = formatVaTableCsv(dashboardWith(['Lee, Ann', 'Bo "B" Ray', '=HYPERLINK("x")']));
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe('"Lee, Ann",3,1,0,0,0,1.5,0.3333,0,2,3,10,behind');
    expect(lines[2]!.startsWith('"Bo ""B"" Ray",')).toBe(true);
    expect(lines[3]!.startsWith(`"'=HYPERLINK(""x"")",`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
