/** What recording a batch of tracked events needs to know, read in a few queries: teams with their time zones and default phone countries, memberships, processes, runs, tasks, script versions and documentation. */
import type { Kysely } from 'kysely';
import { DEFAULT_COMPLIANCE_SETTINGS } from '../../api/schemas/compliance.ts';
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { compilePerLength } from '../compile-per-length.ts';
import type { Database } from '../tables.ts';

export interface TrackingContextRequest {
  teamIds: number[];
  userIds: number[];
  processIds: number[];
  runIds: number[];
  taskIds: number[];
  scriptVersionIds: number[];
}

export interface TrackingContext {
  /** Team id -> IANA time zone. */
  teamTimeZones: Map<number, string>;
  /** Team id -> the country its phone numbers written without a country code are read in (its compliance settings, else the default). */
  teamDefaultCountries: Map<number, string>;
  /** "teamId:userId" of each membership among the teams and users asked about. */
  teamMemberships: Set<string>;
  /** Process id -> team id (null: the library). */
  processTeams: Map<number, number | null>;
  /** Process id -> id of its latest published version, for processes that have one. */
  latestPublishedVersions: Map<number, number>;
  runs: Map<number, { teamId: number; processId: number; processVersionId: number }>;
  tasks: Map<number, { teamId: number; runId: number; elementId: string }>;
  /** Script version id -> its script's team id (null: the library). */
  scriptVersionTeams: Map<number, number | null>;
}

const CHUNK = 500;

async function inChunks<T>(ids: readonly number[], read: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const rows: T[] = [];
  for (let index = 0; index < unique.length; index += CHUNK) rows.push(...(await read(unique.slice(index, index + CHUNK))));
  return rows;
}

export function membershipKey(teamId: number, userId: number): string {
  return `${teamId}:${userId}`;
}

// Every request that records events runs these (a single dial with one id in each list): compiled once per list length.
const selectTasks = compilePerLength((db, organizationId: number, ids: number[]) =>
  db.selectFrom('tasks').select(['id', 'team_id', 'run_id', 'element_id']).where('organization_id', '=', organizationId).where('id', 'in', ids),
);
const selectRuns = compilePerLength((db, organizationId: number, ids: number[]) =>
  db.selectFrom('runs').select(['id', 'team_id', 'process_id', 'process_version_id']).where('organization_id', '=', organizationId).where('id', 'in', ids),
);
// Each process with its published versions (a handful each): its team and its latest published version in one read.
const selectProcessVersions = compilePerLength((db, organizationId: number, ids: number[]) =>
  db
    .selectFrom('processes')
    .leftJoin('process_versions as version', (join) => join.onRef('version.process_id', '=', 'processes.id').on('version.status', '=', 'published'))
    .select(['processes.id', 'processes.team_id', 'version.id as version_id', 'version.number'])
    .where('processes.organization_id', '=', organizationId)
    .where('processes.id', 'in', ids),
);
const selectTeams = compilePerLength((db, organizationId: number, ids: number[]) =>
  db
    .selectFrom('teams')
    .leftJoin('team_compliance_settings as settings', 'settings.team_id', 'teams.id')
    .select(['teams.id', 'teams.time_zone', 'settings.default_country'])
    .where('teams.organization_id', '=', organizationId)
    .where('teams.id', 'in', ids),
);
const selectMembers = compilePerLength((db, teamIds: number[], userIds: number[]) =>
  db.selectFrom('team_members').select(['team_id', 'user_id']).where('team_id', 'in', teamIds).where('user_id', 'in', userIds),
);
const selectScriptVersions = compilePerLength((db, organizationId: number, ids: number[]) =>
  db
    .selectFrom('script_versions')
    .innerJoin('scripts', 'scripts.id', 'script_versions.script_id')
    .select(['script_versions.id', 'scripts.team_id'])
    .where('script_versions.organization_id', '=', organizationId)
    .where('script_versions.id', 'in', ids),
);

/** Everything is looked up within the organization: an id of another organization is simply absent from the maps. */
export async function loadTrackingContext(db: Kysely<Database>, organizationId: number, request: TrackingContextRequest): Promise<TrackingContext> {
  const tasks = await inChunks(request.taskIds, async (chunk) => (await selectTasks(db, organizationId, chunk)).rows);
  const runs = await inChunks([...request.runIds, ...tasks.map((task) => task.run_id)], async (chunk) => (await selectRuns(db, organizationId, chunk)).rows);
  const processVersions = await inChunks(request.processIds, async (chunk) => (await selectProcessVersions(db, organizationId, chunk)).rows);
  const latest = new Map<number, { id: number; number: number }>();
  for (const row of processVersions) {
    if (row.version_id === null || row.number === null) continue;
    const known = latest.get(row.id);
    if (!known || row.number > known.number) latest.set(row.id, { id: row.version_id, number: row.number });
  }
  const teams = await inChunks(request.teamIds, async (chunk) => (await selectTeams(db, organizationId, chunk)).rows);
  const teamIds = teams.map((team) => team.id);
  const members = teamIds.length && request.userIds.length ? await inChunks(request.userIds, async (chunk) => (await selectMembers(db, teamIds, chunk)).rows) : [];
  const scriptVersions = await inChunks(request.scriptVersionIds, async (chunk) => (await selectScriptVersions(db, organizationId, chunk)).rows);
  return {
    teamTimeZones: new Map(teams.map((team) => [team.id, team.time_zone])),
    teamDefaultCountries: new Map(teams.map((team) => [team.id, team.default_country ?? DEFAULT_COMPLIANCE_SETTINGS.defaultCountry])),
    teamMemberships: new Set(members.map((member) => membershipKey(member.team_id, member.user_id))),
    processTeams: new Map(processVersions.map((row) => [row.id, row.team_id])),
    latestPublishedVersions: new Map([...latest].map(([processId, version]) => [processId, version.id])),
    runs: new Map(runs.map((run) => [run.id, { teamId: run.team_id, processId: run.process_id, processVersionId: run.process_version_id }])),
    tasks: new Map(tasks.map((task) => [task.id, { teamId: task.team_id, runId: task.run_id, elementId: task.element_id }])),
    scriptVersionTeams: new Map(scriptVersions.map((version) => [version.id, version.team_id])),
  };
}

/** Parsed documentation by process version id: the versions events count on are published, and published versions never change. */
const documentationCache = new Map<number, { organizationId: number; documentation: ProcessDocumentation }>();
const DOCUMENTATION_CACHE_LIMIT = 500;

/**
 * The documentation of these process versions (published ones: a run's version or a process's latest), read and parsed
 * once per server process, then kept while recently used.
 */
export async function loadVersionDocumentation(db: Kysely<Database>, organizationId: number, versionIds: readonly number[]): Promise<Map<number, ProcessDocumentation>> {
  const found = new Map<number, ProcessDocumentation>();
  const missing: number[] = [];
  for (const versionId of new Set(versionIds)) {
    const cached = documentationCache.get(versionId);
    if (cached && cached.organizationId === organizationId) found.set(versionId, cached.documentation);
    else missing.push(versionId);
  }
  const rows = await inChunks(missing, (chunk) =>
    db.selectFrom('process_versions').select(['id', 'documentation', 'status']).where('organization_id', '=', organizationId).where('id', 'in', chunk).execute(),
  );
  for (const row of rows) {
    const documentation = JSON.parse(row.documentation) as ProcessDocumentation;
    found.set(row.id, documentation);
    if (row.status !== 'published') continue;
    if (documentationCache.size >= DOCUMENTATION_CACHE_LIMIT) documentationCache.delete(documentationCache.keys().next().value!);
    documentationCache.set(row.id, { organizationId, documentation });
  }
  return found;
}
