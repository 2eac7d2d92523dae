/** The period an alert is stored once for: the team-local day, or the ISO week (named by its Monday) for the rules that look back over days. */
import type { AlertRule } from '../../api/schemas/dashboards.ts';
import { currentLocalDate, periodBounds } from '../../kpi/index.ts';

/** Voicemails as talk-to's looks at 7 days and a list's burn-out at 30: once a week is news, once a day would repeat it. */
const WEEKLY_RULES: ReadonlySet<AlertRule> = new Set(['voicemailsAsTalkTos', 'listBurningOut']);

/** 'day:2025-06-11' or 'week:2025-06-09'. */
export function alertPeriod(rule: AlertRule, nowMs: number, timeZone: string): string {
  const today = currentLocalDate(nowMs, timeZone);
  return WEEKLY_RULES.has(rule) ? `week:${periodBounds('week', today).from}` : `day:${today}`;
}

/** What an alert is about, as the key it is stored once under: the VA, the list, or the team. */
export function alertSubjectKey(alert: { userId: number | null; list: string | null }): string {
  if (alert.userId !== null) return `user:${alert.userId}`;
  if (alert.list !== null) return `list:${alert.list}`;
  return 'team';
}
