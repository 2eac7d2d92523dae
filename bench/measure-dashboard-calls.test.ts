import { describe, expect, it } from 'vitest';
import type { KpiDemo } from './generate-kpi-demo.ts';
import { compareSums, listDashboardCalls, ninetyDayWindow } from './measure-dashboard-calls.ts';

const team = (id: number) => ({ id, name: `Team ${id}`, timeZone: 'America/Chicago', processId: 10 + id, scriptVersionIds: [20, 21], lists: ['Expired - Chicago', 'FSBO - Chicago'], firstDate: '2025-11-28', lastDate: '2026-11-27', vaUserIds: [5, 6, 7] });
const DEMO: KpiDemo = {
  dialect: 'sqlite',
  size: { vas: 6, days: 365, seed: 1, eventsAsked: 400_000 },
  endAtMs: Date.parse('2026-11-27T20:00:00Z'),
  generatedAt: '2026-11-27T20:05:00Z',
  generator: { seconds: 30, cpuSeconds: 28, events: 400_000, rollupRows: 50_000, eventsPerSecond: 13_333 },
  organizationId: 1,
  managerEmail: 'lead@demo.test',
  vaEmail: 'va@demo.test',
  teams: [team(1), team(2)],
  fileBytes: null,
};

describe('compareSums', () => {
  it('given the same totals from the events and the rollups, when compared, then nothing is wrong; phone time only in the rollups is fine', () => {
    expect(compareSums(new Map([['dials', 120], ['talkTo', 14]]), new Map([['dials', 120], ['talkTo', 14], ['phoneSeconds', 3600]]))).toEqual([]);
  });

  it('given a metric that differs or is missing from the rollups, or no events at all, when compared, then each is named', () => {
    expect(compareSums(new Map([['dials', 120], ['lead', 2]]), new Map([['dials', 119]]))).toEqual(['dials: 120 from the events, 119 in the rollups', 'lead: 2 from the events, 0 in the rollups']);
    expect(compareSums(new Map(), new Map([['dials', 1]]))).toEqual(['no events in the window']);
  });
});

describe('listDashboardCalls', () => {
  it("given a demo, when its calls are listed, then they read the first team's last 90 days and each label is unique", () => {
    const calls = listDashboardCalls(DEMO);
    expect(new Set(calls.map((call) => call.label)).size).toBe(calls.length);
    expect(calls.filter((call) => call.path.includes('period=range')).every((call) => call.path.includes('from=2026-08-30&to=2026-11-27'))).toBe(true);
    expect(calls.filter((call) => !call.path.startsWith('/api/dashboards/agency')).every((call) => call.path.includes('teamId=1&') || call.path.endsWith('teamId=1'))).toBe(true);
    expect(calls.find((call) => call.label.includes('process and list'))!.path).toContain('processId=11&list=Expired%20-%20Chicago');
    expect(calls.filter((call) => call.as === 'va').map((call) => call.path)).toEqual(['/api/dashboards/me?teamId=1']);
    expect(ninetyDayWindow(DEMO)).toEqual({ organizationId: 1, teamId: 1, from: '2026-08-30', to: '2026-11-27' });
  });
});
