/** The shape of a lint rule, bpmnlint's own: a factory taking the rule's configuration and returning `check(node, reporter)`. */
import type { StudioElement } from '../studio/studio-moddle.ts';

export interface LintReporter {
  report(id: string, message: string, context?: string[] | Record<string, unknown>): void;
}

export type LintCheck =
  | ((node: StudioElement, reporter: LintReporter) => boolean | void)
  | { enter?: (node: StudioElement, reporter: LintReporter) => boolean | void; leave?: (node: StudioElement, reporter: LintReporter) => void };

export interface LintRule {
  meta?: { documentation?: { url?: string } };
  check: LintCheck;
}

export type LintRuleFactory = (config?: any) => LintRule;
