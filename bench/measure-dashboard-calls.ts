/**
 * The dashboards' API over real HTTP (a listening server, Node's fetch with keep-alive), signed in through the login
 * route, and beside it the same 90-day team aggregate as bare SQL: from the daily rollups and from the raw tracked
 * events (whose equality the benchmark checks before timing).
 */
import { sql, type Kysely } from 'kysely';
import { addDays } from '../src/kpi/calendar-dates.ts';
import type { Store } from '../src/store/connection.ts';
import type { Database } from '../src/store/tables.ts';
import { KPI_BENCH_PASSWORD, type KpiDemo, type KpiDemoTeam } from './generate-kpi-demo.ts';
import { summarizeLatencies, type LatencySummary } from './summarize-latencies.ts';

export type CallerName = 'manager' | 'va';

export interface DashboardCall {
  label: string;
  path: string;
  as: CallerName;
}

export interface Caller {
  cookie: string;
}

export async function logIn(baseUrl: string, email: string): Promise<Caller> {
  const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: KPI_BENCH_PASSWORD }) });
  if (response.status !== 200) throw new Error(`logging in as ${email} answered ${response.status}: ${await response.text()}`);
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('swimlane_session='));
  if (!session) throw new Error(`logging in as ${email} set no session cookie`);
  return { cookie: session.split(';')[0]! };
}

/** The calls a manager's dashboards make for team 0 on the history's last day, with and without filters; "my numbers" as one of its VAs. */
export function listDashboardCalls(demo: KpiDemo): DashboardCall[] {
  const team: KpiDemoTeam = demo.teams[0]!;
  const date = team.lastDate;
  const from90 = addDays(date, -89);
  const t = `teamId=${team.id}`;
  const range = `period=range&from=${from90}&to=${date}`;
  const list = encodeURIComponent(team.lists[0]!);
  const va = team.vaUserIds.at(-1)!;
  return [
    { label: 'team dashboard, day', path: `/api/dashboards/team?${t}&period=day&date=${date}`, as: 'manager' },
    { label: 'team dashboard, week', path: `/api/dashboards/team?${t}&period=week&date=${date}`, as: 'manager' },
    { label: 'team dashboard, month', path: `/api/dashboards/team?${t}&period=month&date=${date}`, as: 'manager' },
    { label: 'team dashboard, 90 days', path: `/api/dashboards/team?${t}&${range}`, as: 'manager' },
    { label: 'team dashboard, week, one VA', path: `/api/dashboards/team?${t}&period=week&date=${date}&userId=${va}`, as: 'manager' },
    { label: 'team dashboard, 90 days, one VA', path: `/api/dashboards/team?${t}&${range}&userId=${va}`, as: 'manager' },
    { label: 'team dashboard, 90 days, script version', path: `/api/dashboards/team?${t}&${range}&scriptVersionId=${team.scriptVersionIds[1]}`, as: 'manager' },
    { label: 'team dashboard, 90 days, process and list', path: `/api/dashboards/team?${t}&${range}&processId=${team.processId}&list=${list}`, as: 'manager' },
    { label: 'my numbers (a VA: today and this week)', path: `/api/dashboards/me?${t}`, as: 'va' },
    { label: `agency, week (${demo.teams.length} teams)`, path: `/api/dashboards/agency?period=week&date=${date}`, as: 'manager' },
    { label: `agency, month (${demo.teams.length} teams)`, path: `/api/dashboards/agency?period=month&date=${date}`, as: 'manager' },
    { label: 'comparison by script version, 90 days', path: `/api/dashboards/compare?${t}&by=scriptVersion&${range}`, as: 'manager' },
    { label: 'comparison by VA, 90 days', path: `/api/dashboards/compare?${t}&by=user&${range}`, as: 'manager' },
    { label: 'alerts (now)', path: `/api/dashboards/alerts?${t}`, as: 'manager' },
    { label: 'CSV export, per-VA table, 90 days', path: `/api/dashboards/team/export?${t}&${range}&table=vas`, as: 'manager' },
    { label: 'CSV export, trend, 90 days', path: `/api/dashboards/team/export?${t}&${range}&table=trend`, as: 'manager' },
  ];
}

async function timeCall(baseUrl: string, call: DashboardCall, caller: Caller): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${call.path}`, { headers: { cookie: caller.cookie } });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${call.label} (${call.path}) answered ${response.status}: ${body.slice(0, 500)}`);
  return elapsed;
}

/** Each call `warmup` times untimed, then the calls in turn `samples` times, so a slow spell of a loaded machine falls on all of them alike. */
export async function measureDashboardCalls(baseUrl: string, calls: readonly DashboardCall[], callers: Record<CallerName, Caller>, options: { samples: number; warmup: number }): Promise<Map<string, LatencySummary>> {
  for (const call of calls) for (let index = 0; index < options.warmup; index++) await timeCall(baseUrl, call, callers[call.as]);
  const samples = new Map(calls.map((call) => [call.label, [] as number[]]));
  for (let round = 0; round < options.samples; round++) {
    for (const call of calls) samples.get(call.label)!.push(await timeCall(baseUrl, call, callers[call.as]));
  }
  return new Map([...samples].map(([label, values]) => [label, summarizeLatencies(values)]));
}

export interface AggregateWindow {
  organizationId: number;
  teamId: number;
  from: string;
  to: string;
}

export function ninetyDayWindow(demo: KpiDemo): AggregateWindow {
  const team = demo.teams[0]!;
  return { organizationId: demo.organizationId, teamId: team.id, from: addDays(team.lastDate, -89), to: team.lastDate };
}

type MetricSums = Map<string, number>;

function toSums(rows: ReadonlyArray<{ metric: string; value: number | string | bigint }>): MetricSums {
  return new Map(rows.map((row) => [row.metric, Number(row.value)]));
}

/** The team's totals per metric over the window from the rollups: what every dashboard call reads, as one bare query. */
export async function sumRollups(db: Kysely<Database>, window: AggregateWindow): Promise<MetricSums> {
  const { rows } = await sql<{ metric: string; value: number | string }>`
    select metric, sum(value) as value from daily_rollups
    where organization_id = ${window.organizationId} and team_id = ${window.teamId} and day >= ${window.from} and day <= ${window.to}
    group by metric`.execute(db);
  return toSums(rows);
}

/** The same totals from the raw events: each event's counts (a JSON object, negative for an undo) summed per metric. */
export async function sumRawEvents(store: Store, window: AggregateWindow): Promise<MetricSums> {
  const { rows } =
    store.dialect === 'sqlite'
      ? await sql<{ metric: string; value: number }>`
          select j.key as metric, sum(j.value) as value from tracked_events e, json_each(e.counts) j
          where e.organization_id = ${window.organizationId} and e.team_id = ${window.teamId} and e.day >= ${window.from} and e.day <= ${window.to}
          group by j.key`.execute(store.db)
      : await sql<{ metric: string; value: string }>`
          select j.key as metric, sum(j.value::bigint) as value from tracked_events e cross join lateral jsonb_each_text(e.counts::jsonb) j
          where e.organization_id = ${window.organizationId} and e.team_id = ${window.teamId} and e.day >= ${window.from} and e.day <= ${window.to}
          group by j.key`.execute(store.db);
  return toSums(rows);
}

/** Every metric the events count must total the same in the rollups (phone time comes from sessions, so only the rollups have it). */
export function compareSums(raw: MetricSums, rollups: MetricSums): string[] {
  const problems: string[] = [];
  for (const [metric, value] of raw) if ((rollups.get(metric) ?? 0) !== value) problems.push(`${metric}: ${value} from the events, ${rollups.get(metric) ?? 0} in the rollups`);
  if (raw.size === 0) problems.push('no events in the window');
  return problems;
}

export async function timeRepeatedly(samples: number, warmup: number, work: () => Promise<unknown>): Promise<LatencySummary> {
  for (let index = 0; index < warmup; index++) await work();
  const durations: number[] = [];
  for (let index = 0; index < samples; index++) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  return summarizeLatencies(durations);
}
