/** A flow's FEEL condition parses (checked by feelin's parser, never evaluated); conditions in other languages are the executable rule's to report. */
import { findFeelSyntaxError } from '../../find-feel-syntax-error.ts';
import type { LintRuleFactory } from '../lint-rule.ts';

export const feelConditionsParse: LintRuleFactory = () => ({
  check(node, reporter) {
    if (node.$type !== 'bpmn:SequenceFlow' || !node.conditionExpression) return;
    const expression = node.conditionExpression;
    if (expression.language && !/feel/i.test(expression.language)) return;
    const body = typeof expression.body === 'string' ? expression.body.trim() : '';
    const source = body.startsWith('=') ? body.slice(1) : body;
    if (source.includes('${')) return;
    const problem = findFeelSyntaxError(source);
    if (problem) reporter.report(node.id ?? '', `Condition "${source}" is not valid FEEL: ${problem}`);
  },
});
