/** The process whose documented KPIs and targets a dashboard shows: the one asked for (it must be the team's), else the team's busiest in the period, else its first published one. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { STANDARD_KPIS, type Target } from '../../kpi/index.ts';
import { findLatestPublishedVersion } from '../../store/repositories/process-versions.ts';
import { findProcess, listProcesses } from '../../store/repositories/processes.ts';
import type { Database } from '../../store/tables.ts';

export interface DashboardKpi {
  key: string;
  label: string;
  numerator: string;
  denominator: string | null;
  targets: Target[];
  /** A team's counter only, when some of its VAs have their own targets: each VA's targets, whose sum is the team's (see apply-person-targets). */
  vaTargets?: Target[][];
}

export interface DashboardProcess {
  id: number;
  name: string;
  version: number | null;
  kpis: DashboardKpi[];
}

/** Shown when a process documents no KPIs: the prospecting funnel's, without targets. */
const DEFAULT_KPIS: DashboardKpi[] = [STANDARD_KPIS.dials, STANDARD_KPIS.talkToRate, STANDARD_KPIS.leadRate, STANDARD_KPIS.dialsPerPhoneHour].map((kpi) => ({ ...kpi, targets: [] }));

/** The documented KPIs, with Dials first as a plain counter when none of them counts dials (the trend with a forecast needs a counter). */
export function kpisOf(documented: ProcessDocumentation['kpis']): DashboardKpi[] {
  if (documented.length === 0) return DEFAULT_KPIS;
  const kpis = documented.map((kpi) => ({ key: kpi.key, label: kpi.label, numerator: kpi.numerator, denominator: kpi.denominator, targets: kpi.targets }));
  if (!kpis.some((kpi) => kpi.denominator === null && kpi.numerator === 'dials')) kpis.unshift({ ...STANDARD_KPIS.dials, targets: [] });
  return kpis;
}

export async function chooseDashboardProcess(
  db: Kysely<Database>,
  organizationId: number,
  teamId: number,
  processId: number | undefined,
  busiestProcessId: number | undefined,
): Promise<DashboardProcess | null> {
  let chosen: { id: number; name: string } | undefined;
  if (processId !== undefined) {
    const process = await findProcess(db, organizationId, processId);
    if (!process || process.teamId !== teamId) throw appError('NOT_FOUND', { field: 'processId', message: 'The team has no such process.' });
    chosen = process;
  } else {
    const processes = await listProcesses(db, organizationId, { teamId, publishedOnly: true, includeRetired: true });
    chosen = processes.find((process) => process.id === busiestProcessId) ?? processes.find((process) => process.retiredAt === null) ?? processes[0];
  }
  if (!chosen) return null;
  const version = await findLatestPublishedVersion(db, organizationId, chosen.id);
  return { id: chosen.id, name: chosen.name, version: version?.number ?? null, kpis: kpisOf(version?.documentation.kpis ?? []) };
}
