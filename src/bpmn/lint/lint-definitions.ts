/**
 * Lints a diagram: bpmnlint's recommended rules plus Swimlane's executability rules (rules/), and everything the
 * engine cannot run (compileProcess) as errors. A rule that crashes becomes a warning, never a crash.
 */
import { createRequire } from 'node:module';
import { compileProcess } from '../compile-process.ts';
import type { ModdleElement } from '../moddle-element.ts';
import type { StudioElement } from '../studio/studio-moddle.ts';
import type { LintRule, LintRuleFactory } from './lint-rule.ts';
import { linkSequenceFlows } from './link-sequence-flows.ts';
import { exclusiveGatewayConditions } from './rules/exclusive-gateway-conditions.ts';
import { feelConditionsParse } from './rules/feel-conditions-parse.ts';
import { metricKeysDefined, type MetricKeysConfig } from './rules/metric-keys-defined.ts';
import { timerValuesParse } from './rules/timer-values-parse.ts';
import { userTaskInLane } from './rules/user-task-in-lane.ts';

export interface LintProblem {
  /** null for the process (or file) as a whole. */
  elementId: string | null;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

interface BpmnlintLinter {
  lint(root: unknown, config: unknown): Promise<Record<string, Array<{ id?: string; message: string; category: string; crashed?: boolean }>>>;
}

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as { Linter: new (options: { resolver: unknown; transformRule?: (rule: LintRule) => LintRule }) => BpmnlintLinter };
const StaticResolver = require('bpmnlint/lib/resolver/static-resolver') as new (cache: Record<string, unknown>) => unknown;
const recommended = require('bpmnlint/config/recommended') as { rules: Record<string, string> };

/** Swimlane's own rules, by the name problems show ("swimlane/<name>"). */
export const SWIMLANE_RULES: Readonly<Record<string, LintRuleFactory>> = {
  'user-task-in-lane': userTaskInLane,
  'exclusive-gateway-conditions': exclusiveGatewayConditions,
  'timer-values-parse': timerValuesParse,
  'feel-conditions-parse': feelConditionsParse,
  'metric-keys-defined': metricKeysDefined,
};

/** The rule name an unsupported element is reported under. */
export const EXECUTABLE_RULE = 'swimlane/executable';

let bpmnlintRules: Record<string, unknown> | undefined;

function staticCache(extraRules: Readonly<Record<string, LintRuleFactory>>): Record<string, unknown> {
  bpmnlintRules ??= Object.fromEntries(Object.keys(recommended.rules).map((name) => [`rule:bpmnlint/${name}`, require(`bpmnlint/rules/${name}`)]));
  const ours = Object.entries({ ...SWIMLANE_RULES, ...extraRules }).map(([name, factory]) => [`rule:bpmnlint-plugin-swimlane/${name}`, factory]);
  return { 'config:bpmnlint/recommended': recommended, ...bpmnlintRules, ...Object.fromEntries(ours) };
}

/** Catches a crashing check: the first crash of a rule is reported once, on the element it crashed on, and the rule stops. */
function guardRule(rule: LintRule): LintRule {
  let crashed = false;
  const guard =
    <A extends unknown[], R>(run: ((...args: A) => R) | undefined) =>
    (...args: A): R | undefined => {
      if (crashed || !run) return undefined;
      try {
        return run(...args);
      } catch (error) {
        crashed = true;
        const [node, reporter] = args as unknown as [StudioElement, { report: (id: string, message: string, context: object) => void }];
        reporter.report(node.id ?? '', `This rule could not check the diagram: ${(error as Error).message}`, { crashed: true });
        return undefined;
      }
    };
  const check = rule.check;
  return { ...rule, check: typeof check === 'function' ? guard(check) : { enter: guard(check.enter), leave: guard(check.leave) } };
}

export interface LintOptions {
  metrics: MetricKeysConfig;
  /** More rules, for tests. */
  extraRules?: Readonly<Record<string, LintRuleFactory>>;
  /** The service handlers the server has: a service or script task naming another one cannot run. Absent: not checked. */
  handlerNames?: readonly string[] | undefined;
}

/** Lints a tree read for this purpose: it fills in the flow nodes' incoming and outgoing. */
export async function lintDefinitions(definitions: StudioElement, options: LintOptions): Promise<LintProblem[]> {
  linkSequenceFlows(definitions);
  const extraRules = options.extraRules ?? {};
  const linter = new Linter({ resolver: new StaticResolver(staticCache(extraRules)), transformRule: guardRule });
  const ourRules = Object.fromEntries(
    Object.keys({ ...SWIMLANE_RULES, ...extraRules }).map((name) => [`swimlane/${name}`, name === 'metric-keys-defined' ? ['error', options.metrics] : 'error']),
  );
  const results = await linter.lint(definitions, { extends: 'bpmnlint:recommended', rules: ourRules });

  const wholeProcessIds = new Set<string>();
  for (const element of [definitions, ...((definitions.rootElements ?? []) as StudioElement[])]) {
    if (element.id && ['bpmn:Definitions', 'bpmn:Process', 'bpmn:Collaboration'].includes(element.$type)) wholeProcessIds.add(element.id);
  }
  const problems: LintProblem[] = [];
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      const id = report.id && !wholeProcessIds.has(report.id) ? report.id : null;
      const severity = report.category === 'error' && !report.crashed ? 'error' : 'warning';
      problems.push({ elementId: id, rule: rule.startsWith('swimlane/') ? rule : `bpmnlint/${rule}`, severity, message: report.message });
    }
  }
  // A bad timer or condition is already reported by its own rule, with a clearer message.
  const reported = new Set(problems.filter((problem) => problem.rule.startsWith('swimlane/') && problem.severity === 'error').map((problem) => problem.elementId));
  problems.push(...executabilityProblems(definitions, options.handlerNames).filter((problem) => !reported.has(problem.elementId)));
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

function executabilityProblems(definitions: StudioElement, handlerNames: readonly string[] | undefined): LintProblem[] {
  let compiled;
  try {
    compiled = compileProcess(definitions as unknown as ModdleElement);
  } catch (error) {
    return [{ elementId: null, rule: EXECUTABLE_RULE, severity: 'error', message: `The engine cannot read this process: ${(error as Error).message}` }];
  }
  const problems: LintProblem[] = compiled.unsupported.map((entry) => ({
    elementId: entry.elementId === '(no id)' ? null : entry.elementId,
    rule: EXECUTABLE_RULE,
    severity: 'error' as const,
    message: `The engine cannot run this ${entry.type.replace(/^bpmn:/, '')}: ${entry.reason}`,
  }));
  if (handlerNames) {
    for (const element of Object.values(compiled.process.elements)) {
      if (element.handler === undefined || handlerNames.includes(element.handler)) continue;
      const kind = element.kind === 'scriptTask' ? 'script task' : 'service task';
      problems.push({
        elementId: element.id,
        rule: EXECUTABLE_RULE,
        severity: 'error',
        message: `This ${kind} runs the handler "${element.handler}", which this server does not have (it has: ${handlerNames.join(', ') || 'none'})`,
      });
    }
  }
  return problems;
}
