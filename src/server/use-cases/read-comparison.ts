/**
 * "VA, script or list?": the lead rate (leads per talk-to) and talk-to rate (talk-to's per dial) of each script
 * version, list or VA in a team over a period, each compared with the group with the most dials by the Mantel-Haenszel
 * rate ratio, stratified by the other two factors (so a script is compared within the same VA and list); when no
 * stratum holds both sides, the crude ratio is given and marked unstratified. A va may compare scripts and lists, not VAs.
 */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { COMPARISON_DIMENSIONS, type Comparison, type ComparisonDimension, type ComparisonVerdict } from '../../api/schemas/dashboards.ts';
import { compareRates, divideOrNull, type Stratum } from '../../kpi/index.ts';
import { listRollupCells, listScriptVersionLabels, type RollupCell } from '../../store/repositories/dashboard-rollups.ts';
import { listMembers } from '../../store/repositories/memberships.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { findVisibleTeam } from './find-visible-team.ts';
import { resolveDashboardPeriod, type PeriodQuery } from './resolve-dashboard-period.ts';

interface Tally {
  dials: number;
  talkTo: number;
  lead: number;
}

const DIMENSION_OF = { scriptVersion: 'scriptVersion', list: 'list', user: 'user' } as const;

function keyOf(cell: RollupCell, dimension: ComparisonDimension): string {
  if (dimension === 'scriptVersion') return cell.scriptVersionId === null ? 'none' : String(cell.scriptVersionId);
  if (dimension === 'list') return cell.list ?? '';
  return String(cell.userId);
}

function emptyTally(): Tally {
  return { dials: 0, talkTo: 0, lead: 0 };
}

export async function readComparison(
  db: Kysely<Database>,
  principal: Principal,
  query: PeriodQuery & { teamId: number; by: ComparisonDimension; processId?: number | undefined },
  now = new Date(),
): Promise<Comparison> {
  const team = await findVisibleTeam(db, principal, query.teamId);
  if (principal.role === 'va' && query.by === 'user') throw appError('FORBIDDEN', { field: 'by', message: "A virtual professional may compare scripts and lists, not other VAs' figures." });
  const { view, period } = resolveDashboardPeriod(query, team.timeZone, now.getTime());
  const others = COMPARISON_DIMENSIONS.filter((dimension) => dimension !== query.by);
  const cells = await listRollupCells(
    db,
    principal.organizationId,
    { teamIds: [team.id], from: period.from, to: period.to, processId: query.processId, metrics: ['dials', 'talkTo', 'lead'] },
    COMPARISON_DIMENSIONS.map((dimension) => DIMENSION_OF[dimension]),
  );

  // group -> stratum (the other two factors) -> tally
  const groups = new Map<string, { total: Tally; strata: Map<string, Tally> }>();
  for (const cell of cells) {
    const key = keyOf(cell, query.by);
    const stratum = others.map((dimension) => keyOf(cell, dimension)).join('\u0000');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { total: emptyTally(), strata: new Map() }));
    const tally = group.strata.get(stratum) ?? emptyTally();
    group.strata.set(stratum, tally);
    for (const metric of ['dials', 'talkTo', 'lead'] as const) {
      if (cell.metric === metric) {
        tally[metric] += cell.value;
        group.total[metric] += cell.value;
      }
    }
  }

  const labels = new Map<string, string>();
  if (query.by === 'scriptVersion') {
    const ids = [...groups.keys()].filter((key) => key !== 'none').map(Number);
    const names = await listScriptVersionLabels(db, principal.organizationId, ids);
    for (const key of groups.keys()) labels.set(key, key === 'none' ? 'no script' : (names.get(Number(key)) ?? `script version ${key}`));
  } else if (query.by === 'list') {
    for (const key of groups.keys()) labels.set(key, key === '' ? 'no list' : key);
  } else {
    const names = new Map((await listMembers(db, principal.organizationId)).map((member) => [String(member.userId), member.name]));
    for (const key of groups.keys()) labels.set(key, names.get(key) ?? `user ${key}`);
  }

  const ordered = [...groups.entries()].sort((a, b) => b[1].total.dials - a[1].total.dials || a[0].localeCompare(b[0]));
  const baseline = ordered[0];
  const verdicts = (rate: 'leadRate' | 'talkToRate'): ComparisonVerdict[] => {
    if (!baseline) return [];
    const [successes, trials] = rate === 'leadRate' ? (['lead', 'talkTo'] as const) : (['talkTo', 'dials'] as const);
    const baselineLabel = labels.get(baseline[0])!;
    return ordered.slice(1).map(([key, group]) => {
      const strata: Stratum[] = [];
      for (const [stratum, tally] of group.strata) {
        const other = baseline[1].strata.get(stratum);
        if (other) strata.push({ group: { successes: tally[successes], trials: tally[trials] }, baseline: { successes: other[successes], trials: other[trials] } });
      }
      const stratified = strata.some((stratum) => stratum.group.trials > 0 && stratum.baseline.trials > 0);
      const used = stratified ? strata : [{ group: { successes: group.total[successes], trials: group.total[trials] }, baseline: { successes: baseline[1].total[successes], trials: baseline[1].total[trials] } }];
      const groupLabel = labels.get(key)!;
      const result = compareRates({
        groupLabel,
        baselineLabel,
        strata: used,
        trialsNoun: rate === 'leadRate' ? "talk-to's" : 'dials',
        verb: rate === 'leadRate' ? 'converts' : 'reaches people',
      });
      return {
        groupKey: key,
        groupLabel,
        baselineLabel,
        kind: result.kind,
        verdict: result.verdict,
        ratio: result.rateRatio?.ratio ?? null,
        low: result.rateRatio?.low ?? null,
        high: result.rateRatio?.high ?? null,
        trials: result.trials,
        moreTrialsNeeded: result.moreTrialsNeeded,
        strataUsed: stratified ? used.filter((stratum) => stratum.group.trials > 0 && stratum.baseline.trials > 0).length : 1,
        stratified,
      };
    });
  };

  return {
    team: { id: team.id, name: team.name, timeZone: team.timeZone },
    period: view,
    by: query.by,
    controlledFor: others,
    groups: ordered.map(([key, group]) => ({
      key,
      label: labels.get(key)!,
      ...group.total,
      talkToRate: divideOrNull(group.total.talkTo, group.total.dials),
      leadRate: divideOrNull(group.total.lead, group.total.talkTo),
    })),
    baseline: baseline ? labels.get(baseline[0])! : null,
    leadRate: verdicts('leadRate'),
    talkToRate: verdicts('talkToRate'),
  };
}
