/** The KPI math's public functions: periods in a time zone, KPI values, targets and pace, forecasts, comparisons and alert rules; pure, over plain data. */
export { addDays, daysBetween, isLocalDate, isoWeekday, listDates, type IsoWeekday, type LocalDate } from './calendar-dates.ts';
export { isTimeZone, toLocalDateTime, type LocalDateTime } from './to-local-date-time.ts';
export { localTimeToInstant, startOfLocalDay } from './local-time-to-instant.ts';
export { parseClockTime } from './parse-clock-time.ts';
export { periodBounds, resolvePeriod, type Period, type PeriodKind, type PeriodSpec } from './resolve-period.ts';
export { currentLocalDate, currentPeriod, type CurrentPeriod } from './current-period.ts';
export { isWorkingDate, measureWorkingTime, MONDAY_TO_FRIDAY, workingWindow, type WorkingTime, type WorkSchedule } from './measure-working-time.ts';

export { METRICS, type Counts, type DailyCounts } from './metrics.ts';
export { indexDailyCounts, sumCounter, sumCounters, toDailySeries } from './sum-counters.ts';
export { computeKpi, divideOrNull, isRatioKpi, PHONE_HOURS, readMetric, STANDARD_KPIS, type KpiDefinition } from './compute-kpi.ts';
export { computeFunnel, FUNNEL_STEPS, type FunnelStep } from './compute-funnel.ts';

export { targetForPeriod, type Target } from './target-for-period.ts';
export { describePace, projectPace, type Pace, type PaceInput, type PaceStatus } from './project-pace.ts';

export { forecastPeriodTotal, type DailySeries, type Forecast, type ForecastOptions } from './forecast-period-total.ts';
export { backtestForecast, type BacktestOptions, type BacktestResult, type BacktestTrial } from './backtest-forecast.ts';

export { mantelHaenszelRateRatio, type RateCount, type RateRatio, type Stratum } from './mantel-haenszel-rate-ratio.ts';
export { compareRates, type Comparison, type ComparisonInput, type VerdictKind } from './compare-rates.ts';

export type { AlertResult } from './alerts/alert-result.ts';
export { checkBehindPace, type BehindPaceInput } from './alerts/check-behind-pace.ts';
export { checkVoicemailsAsTalkTos, type CallCounts, type VoicemailsAsTalkTosInput } from './alerts/check-voicemails-as-talk-tos.ts';
export { checkListBurningOut, type ListBurningOutInput } from './alerts/check-list-burning-out.ts';
export { checkSilentDuringShift, type SilentDuringShiftInput } from './alerts/check-silent-during-shift.ts';
export { checkLeadFollowUpsOverdue, formatElapsed, type LeadFollowUp, type LeadFollowUpsOverdueInput } from './alerts/check-lead-follow-ups-overdue.ts';
export { formatCount, formatPercent, formatRatio } from './format-numbers.ts';
