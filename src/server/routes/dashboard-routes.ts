/** The performance dashboards: a team's, the caller's own, the agency's, "VA, script or list?", alerts, and CSV exports of the per-VA table and the trend; all read the daily rollups. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProcessParams } from '../../api/schemas/processes.ts';
import { ORGANIZATION_WIDE_ROLES } from '../../api/roles.ts';
import {
  AgencyDashboard,
  AgencyDashboardQuery,
  AlertList,
  AlertsQuery,
  Comparison,
  ComparisonQuery,
  DashboardExportQuery,
  MyDashboard,
  MyDashboardQuery,
  ProcessOverlay,
  ProcessOverlayQuery,
  TeamDashboard,
  TeamDashboardQuery,
} from '../../api/schemas/dashboards.ts';
import { ANY_MEMBER, WORKERS, type Access } from '../auth/access.ts';
import { formatTrendCsv, formatVaTableCsv } from '../use-cases/format-dashboard-csv.ts';
import { readAgencyDashboard } from '../use-cases/read-agency-dashboard.ts';
import { readComparison } from '../use-cases/read-comparison.ts';
import { readMyDashboard } from '../use-cases/read-my-dashboard.ts';
import { readProcessOverlay } from '../use-cases/read-process-overlay.ts';
import { readTeamAlerts } from '../use-cases/read-team-alerts.ts';
import { readTeamDashboard } from '../use-cases/read-team-dashboard.ts';

/** Owners, admins and managers: the roles that see every team, so the agency-wide view. */
const ORGANIZATION_WIDE: Access = { kind: 'member', roles: ORGANIZATION_WIDE_ROLES };

export async function registerDashboardRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  app.get(
    '/api/dashboards/team',
    {
      schema: {
        tags: ['dashboards'],
        summary:
          "A team's dashboard over a day, week, month or custom range in its time zone, filtered by process, VA, script version or list: funnel, KPIs with target and pace, trends with forecast, leaderboard and per-VA table (a va: team numbers and their own row)",
        querystring: TeamDashboardQuery,
        response: { 200: TeamDashboard },
      },
      config: { access: ANY_MEMBER },
    },
    async (request) => readTeamDashboard(db, request.principal!, request.query),
  );

  app.get(
    '/api/dashboards/team/export',
    {
      schema: {
        tags: ['dashboards'],
        summary: "The team dashboard's per-VA table (table=vas) or trend (table=trend) as CSV, with the same period and filters",
        querystring: DashboardExportQuery,
        response: { 200: z.string().describe('CSV') },
      },
      config: { access: ANY_MEMBER },
    },
    async (request, reply) => {
      const { table, ...filter } = request.query;
      const dashboard = await readTeamDashboard(db, request.principal!, filter);
      const csv = table === 'trend' ? formatTrendCsv(dashboard) : formatVaTableCsv(dashboard);
      const name = `team-${dashboard.team.id}-${table}-${dashboard.period.from}-to-${dashboard.period.to}.csv`;
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).header('x-content-type-options', 'nosniff').send(csv);
    },
  );

  app.get(
    '/api/dashboards/me',
    {
      schema: {
        tags: ['dashboards'],
        summary: 'My numbers in a team: today and this week against my targets, with my pace',
        querystring: MyDashboardQuery,
        response: { 200: MyDashboard },
      },
      config: { access: WORKERS },
    },
    async (request) => readMyDashboard(db, request.principal!, request.query),
  );

  app.get(
    '/api/dashboards/agency',
    {
      schema: {
        tags: ['dashboards'],
        summary: "Every client team's totals, rates and KPIs against target over the period, each in its own time zone (owners, admins and managers)",
        querystring: AgencyDashboardQuery,
        response: { 200: AgencyDashboard },
      },
      config: { access: ORGANIZATION_WIDE },
    },
    async (request) => readAgencyDashboard(db, request.principal!, request.query),
  );

  app.get(
    '/api/dashboards/compare',
    {
      schema: {
        tags: ['dashboards'],
        summary: '"VA, script or list?": lead rate and talk-to rate by script version, list or VA (not for a va), each against the busiest, controlling for the other two, with verdicts and sample sizes',
        querystring: ComparisonQuery,
        response: { 200: Comparison },
      },
      config: { access: ANY_MEMBER },
    },
    async (request) => readComparison(db, request.principal!, request.query),
  );

  app.get(
    '/api/dashboards/alerts',
    {
      schema: {
        tags: ['dashboards'],
        summary: "The alert rules evaluated now on a team's rollups (behind pace, voicemails as talk-to's, list burning out, silent during the shift), each with why (a va: their own and the lists')",
        querystring: AlertsQuery,
        response: { 200: AlertList },
      },
      config: { access: ANY_MEMBER },
    },
    async (request) => readTeamAlerts(db, request.principal!, request.query.teamId),
  );

  app.get(
    '/api/processes/:processId/overlay',
    {
      schema: {
        tags: ['dashboards'],
        summary: "The process overlay: per diagram element over the runs started in the last days, runs through it, median time spent, tasks overdue now and completed late, and a heat from 0 to 1",
        params: ProcessParams,
        querystring: ProcessOverlayQuery,
        response: { 200: ProcessOverlay },
      },
      config: { access: ANY_MEMBER },
    },
    async (request) => readProcessOverlay(db, request.principal!, request.params.processId, request.query.days),
  );
}
