/** A flow's FEEL condition parses (checked by feelin's parser, never evaluated); conditions in other languages are the executable rule's to report. */
import { findFeelSyntaxError } from '../../find-feel-syntax-error.ts';
import type { LintRuleFactory } from '../lint-rule.ts';

/** What is wrong with a condition's text as this rule sees it (a leading "=" allowed, "${...}" left to the executable rule), or undefined. */
export function findConditionProblem(body: string): string | undefined {
  const trimmed = body.trim();
  const source = trimmed.startsWith('=') ? trimmed.slice(1) : trimmed;
  if (source.includes('${')) return undefined;
  const problem = findFeelSyntaxError(source);
  return problem && `Condition "${source}" is not valid FEEL: ${problem}`;
}

export const feelConditionsParse: LintRuleFactory = () => ({
  check(node, reporter) {
    if (node.$type !== 'bpmn:SequenceFlow' || !node.conditionExpression) return;
    const expression = node.conditionExpression;
    if (expression.language && !/feel/i.test(expression.language)) return;
    const problem = findConditionProblem(typeof expression.body === 'string' ? expression.body : '');
    if (problem) reporter.report(node.id ?? '', problem);
  },
});
