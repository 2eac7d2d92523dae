/** The performance dashboards: a team's, the VA's own, the agency's across client teams, "VA, script or list?", alerts and CSV exports, all read from the daily rollups. */
import { z } from 'zod';
import { IdParam, nameText } from './common.ts';

const LocalDate = z.iso.date('must be a date such as 2025-03-09');

export const DASHBOARD_PERIODS = ['day', 'week', 'month', 'range'] as const;
export type DashboardPeriodKind = (typeof DASHBOARD_PERIODS)[number];
/** The widest custom range a dashboard reads. */
export const MAX_DASHBOARD_DAYS = 366;

/** A period in the team's time zone: the day, ISO week or month holding `date` (today by default), or `range` from `from` to `to`. */
const periodFields = {
  period: z.enum(DASHBOARD_PERIODS).default('week'),
  date: LocalDate.optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
};

/** Narrow the numbers to one process, VA, script version or list. */
const filterFields = {
  processId: IdParam.optional(),
  userId: IdParam.optional(),
  scriptVersionId: IdParam.optional(),
  list: nameText(200).optional(),
};

export const TeamDashboardQuery = z.strictObject({ teamId: IdParam, ...periodFields, ...filterFields });
export type TeamDashboardQuery = z.infer<typeof TeamDashboardQuery>;

export const DASHBOARD_EXPORT_TABLES = ['vas', 'trend'] as const;
export const DashboardExportQuery = z.strictObject({ teamId: IdParam, ...periodFields, ...filterFields, table: z.enum(DASHBOARD_EXPORT_TABLES).default('vas') });
export type DashboardExportQuery = z.infer<typeof DashboardExportQuery>;

export const MyDashboardQuery = z.strictObject({ teamId: IdParam, processId: IdParam.optional() });
export type MyDashboardQuery = z.infer<typeof MyDashboardQuery>;

export const AgencyDashboardQuery = z.strictObject({ ...periodFields });
export type AgencyDashboardQuery = z.infer<typeof AgencyDashboardQuery>;

export const COMPARISON_DIMENSIONS = ['scriptVersion', 'list', 'user'] as const;
export type ComparisonDimension = (typeof COMPARISON_DIMENSIONS)[number];
export const ComparisonQuery = z.strictObject({ teamId: IdParam, by: z.enum(COMPARISON_DIMENSIONS).default('scriptVersion'), ...periodFields, processId: IdParam.optional() });
export type ComparisonQuery = z.infer<typeof ComparisonQuery>;

export const AlertsQuery = z.strictObject({ teamId: IdParam });
export type AlertsQuery = z.infer<typeof AlertsQuery>;

const Counts = z.record(z.string(), z.number());

export const DashboardPeriod = z.object({
  kind: z.enum(DASHBOARD_PERIODS),
  from: z.string(),
  to: z.string(),
  dates: z.array(z.string()),
  timeZone: z.string(),
  /** The team's today when it lies inside the period, else null (a past or future period). */
  today: z.string().nullable(),
  /** Elapsed share of the period's working time (Monday to Friday), 0 ... 1. */
  elapsed: z.number().nullable(),
});
export type DashboardPeriod = z.infer<typeof DashboardPeriod>;

export const FunnelStep = z.object({
  metric: z.string(),
  label: z.string(),
  count: z.number(),
  /** count / the previous step's count; null for the first step or a zero denominator. */
  rateFromPrevious: z.number().nullable(),
  rateFromFirst: z.number().nullable(),
});
export type FunnelStep = z.infer<typeof FunnelStep>;

export const PACE_STATUSES = ['ahead', 'onTrack', 'behind', 'unknown'] as const;
export const Pace = z.object({
  projected: z.number().nullable(),
  target: z.number(),
  gap: z.number().nullable(),
  expectedByNow: z.number().nullable(),
  status: z.enum(PACE_STATUSES),
  /** "At the current pace the week ends at 1,140 of target 1,250 Dials: 110 below, behind." */
  text: z.string(),
});
export type Pace = z.infer<typeof Pace>;

export const KpiCard = z.object({
  key: z.string(),
  label: z.string(),
  isRatio: z.boolean(),
  /** The counter, or the ratio (null when its denominator is zero). */
  value: z.number().nullable(),
  /** The target for this period (a counter's scaled to the period's working days and, for a team, its VAs); null when none is set. */
  target: z.number().nullable(),
  /** Null without a target. */
  pace: Pace.nullable(),
});
export type KpiCard = z.infer<typeof KpiCard>;

export const TrendPoint = z.object({
  date: z.string(),
  /** The day's counter or ratio (null: a ratio with a zero denominator, or a day still to come). */
  value: z.number().nullable(),
  /** Counters: the period's running total up to this day (null for days to come). */
  cumulative: z.number().nullable(),
  /** Counters: the running target by this day; ratios: the target. */
  target: z.number().nullable(),
  /** Counters in a current period: the forecast running total and its interval, from the last complete day on. */
  forecast: z.number().nullable(),
  forecastLow: z.number().nullable(),
  forecastHigh: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const ForecastSummary = z.object({
  projected: z.number(),
  low: z.number(),
  high: z.number(),
  level: z.number(),
  observed: z.number(),
  remainingDays: z.number(),
  intervalMethod: z.enum(['normal', 'normalAndPastErrors', 'none']),
  intervalSample: z.number(),
});

export const KpiTrend = z.object({
  key: z.string(),
  label: z.string(),
  isRatio: z.boolean(),
  points: z.array(TrendPoint),
  forecast: ForecastSummary.nullable(),
  /** The chart said in words, so it reads without colour or sight. */
  summary: z.string(),
});
export type KpiTrend = z.infer<typeof KpiTrend>;

const Rates = z.object({
  talkToRate: z.number().nullable(),
  leadRate: z.number().nullable(),
  appointmentRate: z.number().nullable(),
  dialsPerPhoneHour: z.number().nullable(),
});

export const VaRow = z.object({
  userId: z.number(),
  name: z.string(),
  totals: Counts,
  rates: Rates,
  kpis: z.array(z.object({ key: z.string(), value: z.number().nullable(), target: z.number().nullable(), status: z.enum(PACE_STATUSES).nullable() })),
  /** Daily series over the period's dates, for the sparklines. */
  daily: z.object({ dials: z.array(z.number()), talkTo: z.array(z.number()), lead: z.array(z.number()) }),
});
export type VaRow = z.infer<typeof VaRow>;

export const LeaderboardEntry = z.object({ rank: z.number(), userId: z.number(), name: z.string(), lead: z.number(), talkTo: z.number(), dials: z.number(), leadRate: z.number().nullable() });

const Option = z.object({ id: z.number(), name: z.string() });

export const TeamDashboard = z.object({
  team: z.object({ id: z.number(), name: z.string(), timeZone: z.string() }),
  period: DashboardPeriod,
  filters: z.object({ processId: z.number().nullable(), userId: z.number().nullable(), scriptVersionId: z.number().nullable(), list: z.string().nullable() }),
  /** Whose documentation the KPIs and targets come from: the filtered process, else the team's busiest in the period. */
  process: z.object({ id: z.number(), name: z.string(), version: z.number().nullable() }).nullable(),
  /** How many VAs a counter target is multiplied by (targets are per VA). */
  targetHeadcount: z.number(),
  /** The counter KPIs whose team target is instead the sum of each VA's own target (or documented one), since a team lead set some VA their own. */
  personTargetKpis: z.array(z.string()),
  options: z.object({ processes: z.array(Option), vas: z.array(Option), scriptVersions: z.array(Option), lists: z.array(z.string()) }),
  totals: Counts,
  funnel: z.array(FunnelStep),
  kpis: z.array(KpiCard),
  trends: z.array(KpiTrend),
  leaderboard: z.array(LeaderboardEntry),
  vas: z.array(VaRow),
  /** True for a va: the leaderboard and the per-VA table hold their own row only. */
  ownRowsOnly: z.boolean(),
});
export type TeamDashboard = z.infer<typeof TeamDashboard>;

export const MyDashboard = z.object({
  team: z.object({ id: z.number(), name: z.string(), timeZone: z.string() }),
  user: Option,
  process: z.object({ id: z.number(), name: z.string(), version: z.number().nullable() }).nullable(),
  today: z.object({ period: DashboardPeriod, totals: Counts, funnel: z.array(FunnelStep), kpis: z.array(KpiCard) }),
  week: z.object({ period: DashboardPeriod, totals: Counts, funnel: z.array(FunnelStep), kpis: z.array(KpiCard), daily: z.array(z.object({ date: z.string(), dials: z.number(), talkTo: z.number(), lead: z.number() })) }),
});
export type MyDashboard = z.infer<typeof MyDashboard>;

export const AgencyDashboard = z.object({
  teams: z.array(
    z.object({
      team: z.object({ id: z.number(), name: z.string(), timeZone: z.string() }),
      period: DashboardPeriod,
      process: z.object({ id: z.number(), name: z.string(), version: z.number().nullable() }).nullable(),
      vaCount: z.number(),
      totals: Counts,
      rates: Rates,
      kpis: z.array(KpiCard),
      /** KPIs behind their pace. */
      behind: z.number(),
    }),
  ),
  totals: Counts,
  rates: Rates,
});
export type AgencyDashboard = z.infer<typeof AgencyDashboard>;

export const ComparisonGroup = z.object({ key: z.string(), label: z.string(), dials: z.number(), talkTo: z.number(), lead: z.number(), talkToRate: z.number().nullable(), leadRate: z.number().nullable() });

export const ComparisonVerdict = z.object({
  groupKey: z.string(),
  groupLabel: z.string(),
  baselineLabel: z.string(),
  kind: z.enum(['higher', 'lower', 'noClearDifference', 'notEnoughData']),
  verdict: z.string(),
  ratio: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** Trials behind it (talk-to's for the lead rate, dials for the talk-to rate), in strata holding both sides. */
  trials: z.number(),
  moreTrialsNeeded: z.number().nullable(),
  /** Strata (combinations of the other two factors) holding both sides; 1 when compared without controlling. */
  strataUsed: z.number(),
  /** Whether the other factors were controlled for (false when no stratum held both sides, so the crude ratio is shown). */
  stratified: z.boolean(),
});
export type ComparisonVerdict = z.infer<typeof ComparisonVerdict>;

export const Comparison = z.object({
  team: z.object({ id: z.number(), name: z.string(), timeZone: z.string() }),
  period: DashboardPeriod,
  by: z.enum(COMPARISON_DIMENSIONS),
  /** The factors held constant: strata are their combinations. */
  controlledFor: z.array(z.enum(COMPARISON_DIMENSIONS)),
  groups: z.array(ComparisonGroup),
  /** The group with the most trials; each other group is compared with it. */
  baseline: z.string().nullable(),
  leadRate: z.array(ComparisonVerdict),
  talkToRate: z.array(ComparisonVerdict),
});
export type Comparison = z.infer<typeof Comparison>;

export const ALERT_RULES = ['behindPace', 'voicemailsAsTalkTos', 'listBurningOut', 'silentDuringShift', 'leadFollowUpsOverdue'] as const;
export type AlertRule = (typeof ALERT_RULES)[number];
export const Alert = z.object({
  rule: z.enum(ALERT_RULES),
  fired: z.boolean(),
  subject: z.string(),
  userId: z.number().nullable(),
  list: z.string().nullable(),
  /** The task behind it, when there is one: the oldest overdue lead follow-up. */
  taskId: z.number().nullable(),
  why: z.string(),
});
export type Alert = z.infer<typeof Alert>;

export const AlertList = z.object({
  team: z.object({ id: z.number(), name: z.string(), timeZone: z.string() }),
  checkedAt: z.string(),
  /** The working week and hours the rules assume (teams have no shift settings yet). */
  schedule: z.object({ workingDays: z.array(z.number()), hours: z.object({ start: z.string(), end: z.string() }) }),
  alerts: z.array(Alert),
});
export type AlertList = z.infer<typeof AlertList>;

/** The process overlay's window: runs started in the last `days` days (90 by default). */
export const ProcessOverlayQuery = z.strictObject({ days: z.coerce.number().int('must be a whole number').min(1).max(366).default(90) });
export type ProcessOverlayQuery = z.infer<typeof ProcessOverlayQuery>;

/** One tracked counter of a step: what the events logged on it added up to over the overlay's days. */
export const StepCounter = z.object({
  /** dials, a disposition outcome (talkTo, lead, ...) or a counter of the process's documentation. */
  metric: z.string(),
  /** What it is called on screen ("Talk-to's", a documented counter's label). */
  label: z.string(),
  value: z.number(),
});
export type StepCounter = z.infer<typeof StepCounter>;

export const ElementHeat = z.object({
  elementId: z.string(),
  /** Runs that entered the element. */
  runs: z.number(),
  /** Times a token left it (a loop counts each pass). */
  completions: z.number(),
  /** Median seconds from entering to leaving, over completed passes; null when none completed. */
  medianSeconds: z.number().nullable(),
  /** Tasks open past their due time now. */
  overdueOpen: z.number(),
  /** Tasks completed after their due time. */
  completedLate: z.number(),
  /** 0 ... 1: runs through it relative to the busiest element, for the heat map. */
  heat: z.number(),
  /** The tracked counters logged on the step over `counterDays` (from the step rollups), dials and outcomes first; those at 0 left out. */
  counters: z.array(StepCounter),
});
export type ElementHeat = z.infer<typeof ElementHeat>;

export const ProcessOverlay = z.object({
  processId: z.number(),
  since: z.string(),
  runCount: z.number(),
  /** The team-local days (inclusive) the step counters cover: those the window touches; null for a process of no team (a template). */
  counterDays: z.object({ from: z.string(), to: z.string() }).nullable(),
  /** Every counter some step has, in the order the steps list them: the columns of the overlay's table. */
  counterMetrics: z.array(StepCounter.pick({ metric: true, label: true })),
  elements: z.array(ElementHeat),
});
export type ProcessOverlay = z.infer<typeof ProcessOverlay>;
