/** What every documentation editor of the side panel receives: the documentation, a way to change it, and its problems by path. */
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import type { DocumentationIssues } from './documentation-issues.ts';

export type StepDocumentation = ProcessDocumentation['steps'][string];

export interface DocumentationEditing {
  documentation: ProcessDocumentation;
  onChange: (update: (documentation: ProcessDocumentation) => ProcessDocumentation) => void;
  issues: DocumentationIssues;
}

export const EMPTY_STEP: StepDocumentation = { instructions: '', checklist: [], toolKeys: [], metricKeys: [], dueIn: null };

/** Replaces one item of a list, leaving the others as they are. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, position) => (position === index ? item : current));
}

