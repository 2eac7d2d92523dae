/** Compares two versions by meaning: elements added, removed or changed (and in what), and the documentation paths that changed. */
import { SUMMARY_FIELDS, type ElementSummary } from './describe-elements.ts';
import type { ProcessDocumentationShape, StepDocumentationShape } from './documentation-shape.ts';

export interface VersionForDiff {
  elements: ReadonlyMap<string, ElementSummary>;
  documentation: ProcessDocumentationShape;
}

export interface ElementDifference {
  elementId: string;
  type: string;
  name: string | null;
  change: 'added' | 'removed' | 'changed';
  fields: string[];
}

export interface DocumentationDifference {
  path: string;
  change: 'added' | 'removed' | 'changed';
}

const STEP_FIELDS: ReadonlyArray<keyof StepDocumentationShape> = ['instructions', 'checklist', 'toolKeys', 'metricKeys', 'dueIn', 'assignTo'];
const EMPTY_STEP: StepDocumentationShape = { instructions: '', checklist: [], toolKeys: [], metricKeys: [], dueIn: null };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffElements(from: VersionForDiff, to: VersionForDiff): ElementDifference[] {
  const differences: ElementDifference[] = [];
  for (const [id, before] of from.elements) {
    if (!to.elements.has(id)) differences.push({ elementId: id, type: before.type, name: before.name, change: 'removed', fields: [] });
  }
  for (const [id, after] of to.elements) {
    const before = from.elements.get(id);
    if (!before) {
      differences.push({ elementId: id, type: after.type, name: after.name, change: 'added', fields: [] });
      continue;
    }
    const fields = SUMMARY_FIELDS.filter(([key]) => !same(before[key], after[key])).map(([, label]) => label);
    const stepBefore = from.documentation.steps[id] ?? EMPTY_STEP;
    const stepAfter = to.documentation.steps[id] ?? EMPTY_STEP;
    for (const field of STEP_FIELDS) if (!same(stepBefore[field], stepAfter[field])) fields.push(`documentation.${field}`);
    if (fields.length) differences.push({ elementId: id, type: after.type, name: after.name, change: 'changed', fields });
  }
  return differences;
}

function diffKeyed<T>(path: string, from: readonly T[], to: readonly T[], keyOf: (item: T) => string): DocumentationDifference[] {
  const before = new Map(from.map((item) => [keyOf(item), item]));
  const after = new Map(to.map((item) => [keyOf(item), item]));
  const differences: DocumentationDifference[] = [];
  for (const key of before.keys()) if (!after.has(key)) differences.push({ path: `${path}.${key}`, change: 'removed' });
  for (const [key, item] of after) {
    if (!before.has(key)) differences.push({ path: `${path}.${key}`, change: 'added' });
    else if (!same(before.get(key), item)) differences.push({ path: `${path}.${key}`, change: 'changed' });
  }
  return differences;
}

function diffDocumentation(from: ProcessDocumentationShape, to: ProcessDocumentationShape): DocumentationDifference[] {
  const differences: DocumentationDifference[] = [];
  if (from.objective !== to.objective) {
    differences.push({ path: 'objective', change: !from.objective ? 'added' : !to.objective ? 'removed' : 'changed' });
  }
  differences.push(...diffKeyed('roles', from.roles, to.roles, (role) => role.laneId));
  differences.push(...diffKeyed('tools', from.tools, to.tools, (tool) => tool.key));
  differences.push(...diffKeyed('scripts', from.scriptIds, to.scriptIds, String));
  differences.push(...diffKeyed('counters', from.counters, to.counters, (counter) => counter.key));
  differences.push(...diffKeyed('dispositions', from.dispositions, to.dispositions, (disposition) => disposition.key));
  differences.push(...diffKeyed('kpis', from.kpis, to.kpis, (kpi) => kpi.key));
  return differences;
}

export function diffVersions(from: VersionForDiff, to: VersionForDiff): { elements: ElementDifference[]; documentation: DocumentationDifference[] } {
  return { elements: diffElements(from, to), documentation: diffDocumentation(from.documentation, to.documentation) };
}
