/**
 * A timer's value parses: an ISO-8601 duration (PT1H), date (2026-01-31T09:00:00Z), repeating cycle (R3/PT10M) or cron
 * cycle (0 9 * * 1-5); or, for a duration or a date, a FEEL expression after "=" (=callbackAt), evaluated when the timer
 * is armed (checked by feelin's parser here, never evaluated).
 */
import { findFeelSyntaxError } from '../../find-feel-syntax-error.ts';
import { parseCronCycle } from '../../parse-cron-cycle.ts';
import { parseIsoDuration } from '../../parse-iso-duration.ts';
import { parseIsoInstant } from '../../parse-iso-instant.ts';
import { parseTimerCycle } from '../../parse-timer-cycle.ts';
import type { StudioElement } from '../../studio/studio-moddle.ts';
import type { LintRuleFactory } from '../lint-rule.ts';

function expressionProblem(what: string, value: string): string | undefined {
  const source = value.slice(1).trim();
  const problem = findFeelSyntaxError(source);
  return problem && `Timer ${what} "${value}" is not valid FEEL after "=": ${problem}`;
}

function problemOf(definition: StudioElement): string | undefined {
  const body = (kind: string) => {
    const value = (definition[kind] as StudioElement | undefined)?.body;
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const duration = body('timeDuration');
  const date = body('timeDate');
  const cycle = body('timeCycle');
  if (duration !== undefined) {
    if (duration.startsWith('=')) return expressionProblem('duration', duration);
    return parseIsoDuration(duration) ? undefined : `Timer duration "${duration}" is not an ISO-8601 duration such as PT1H`;
  }
  if (date !== undefined) {
    if (date.startsWith('=')) return expressionProblem('date', date);
    return parseIsoInstant(date) !== undefined ? undefined : `Timer date "${date}" is not an ISO-8601 date such as 2026-01-31T09:00:00Z`;
  }
  if (cycle !== undefined) {
    if (cycle.startsWith('=')) return `Timer cycle "${cycle}" cannot be a FEEL expression: write a repeating interval such as R3/PT10M or a cron expression such as 0 9 * * 1-5`;
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
