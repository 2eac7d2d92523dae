/** A timer's value parses: an ISO-8601 duration (PT1H), date (2026-01-31T09:00:00Z), repeating cycle (R3/PT10M) or cron cycle (0 9 * * 1-5). */
import { parseCronCycle } from '../../parse-cron-cycle.ts';
import { parseIsoDuration } from '../../parse-iso-duration.ts';
import { parseTimerCycle } from '../../parse-timer-cycle.ts';
import type { StudioElement } from '../../studio/studio-moddle.ts';
import type { LintRuleFactory } from '../lint-rule.ts';

/** A date with a time and a zone, as the engine schedules it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

function problemOf(definition: StudioElement): string | undefined {
  const body = (kind: string) => {
    const value = (definition[kind] as StudioElement | undefined)?.body;
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const duration = body('timeDuration');
  const date = body('timeDate');
  const cycle = body('timeCycle');
  if (duration !== undefined) return parseIsoDuration(duration) ? undefined : `Timer duration "${duration}" is not an ISO-8601 duration such as PT1H`;
  if (date !== undefined) return ISO_DATE.test(date) && !Number.isNaN(Date.parse(date)) ? undefined : `Timer date "${date}" is not an ISO-8601 date such as 2026-01-31T09:00:00Z`;
  if (cycle !== undefined) {
    return parseTimerCycle(cycle) || parseCronCycle(cycle) ? undefined : `Timer cycle "${cycle}" is neither a repeating interval such as R3/PT10M nor a cron expression such as 0 9 * * 1-5`;
  }
  return 'Give the timer a duration, a date or a cycle';
}

export const timerValuesParse: LintRuleFactory = () => ({
  check(node, reporter) {
    for (const definition of (node.eventDefinitions ?? []) as StudioElement[]) {
      if (definition.$type !== 'bpmn:TimerEventDefinition') continue;
      const problem = problemOf(definition);
      if (problem) reporter.report(node.id ?? '', problem);
    }
  },
});
