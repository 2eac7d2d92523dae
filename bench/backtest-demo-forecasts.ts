/**
 * The forecast's backtest on the demo history: for every team, each counter's daily team totals from the rollups, and
 * for every past week and month, the dashboards' forecast (src/kpi's forecastPeriodTotal) made at several points of
 * the period from what was known then, scored against what happened: how often the 80% interval held.
 */
import { addDays } from '../src/kpi/calendar-dates.ts';
import { backtestForecast, type BacktestTrial } from '../src/kpi/backtest-forecast.ts';
import { listDailyRollupSums } from '../src/store/repositories/daily-rollup-totals.ts';
import type { Store } from '../src/store/connection.ts';
import type { KpiDemo } from './generate-kpi-demo.ts';

/** The demo's documented counter KPI (dials, with day and week targets) and the funnel's counters after it. */
export const BACKTEST_METRICS = ['dials', 'talkTo', 'lead', 'appointmentSet', 'appointmentHeld'] as const;

/** When in the period the forecast is made: each working morning of a week; the start and each week of a month. */
export const BACKTEST_CUTOFFS = { week: [0, 1, 2, 3, 4], month: [0, 7, 14, 21] } as const;

export interface BacktestRow {
  metric: string;
  periodKind: 'week' | 'month';
  cutoffDays: readonly number[];
  teams: number;
  trials: number;
  held: number;
  /** held / trials. */
  coverage: number | null;
  meanAbsolutePercentageError: number | null;
  /** Mean of (high - low) / actual: how wide the interval was for what it caught. */
  meanRelativeWidth: number | null;
}

function summarize(metric: string, periodKind: 'week' | 'month', teams: number, trials: readonly BacktestTrial[]): BacktestRow {
  const scored = trials.filter((trial) => trial.actual !== 0);
  const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);
  const held = trials.filter((trial) => trial.inside).length;
  return {
    metric,
    periodKind,
    cutoffDays: BACKTEST_CUTOFFS[periodKind],
    teams,
    trials: trials.length,
    held,
    coverage: trials.length ? held / trials.length : null,
    meanAbsolutePercentageError: mean(scored.map((trial) => Math.abs(trial.actual - trial.projected) / trial.actual)),
    meanRelativeWidth: mean(scored.map((trial) => (trial.high - trial.low) / trial.actual)),
  };
}

export async function backtestDemoForecasts(store: Store, demo: KpiDemo, level = 0.8): Promise<BacktestRow[]> {
  const trials = new Map<string, BacktestTrial[]>();
  for (const team of demo.teams) {
    // The last date may be under way when the history ends: only complete days are scored.
    const lastComplete = addDays(team.lastDate, -1);
    const sums = await listDailyRollupSums(store.db, demo.organizationId, { teamId: team.id, from: team.firstDate, to: lastComplete, metrics: BACKTEST_METRICS });
    for (const metric of BACKTEST_METRICS) {
      const series: Record<string, number> = {};
      for (const sum of sums) if (sum.metric === metric) series[sum.day] = (series[sum.day] ?? 0) + sum.value;
      for (const periodKind of ['week', 'month'] as const) {
        const result = backtestForecast(series, { periodKind, cutoffDays: BACKTEST_CUTOFFS[periodKind], level, historyStart: team.firstDate, lastDate: lastComplete });
        const key = `${metric}\u0000${periodKind}`;
        trials.set(key, [...(trials.get(key) ?? []), ...result.trials]);
      }
    }
  }
  return BACKTEST_METRICS.flatMap((metric) => (['week', 'month'] as const).map((periodKind) => summarize(metric, periodKind, demo.teams.length, trials.get(`${metric}\u0000${periodKind}`) ?? [])));
}
