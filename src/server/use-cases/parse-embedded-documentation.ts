/** Validates the documentation an imported file carried; what is not valid is left out with a warning, never the whole import refused. */
import { ProcessDocumentation, StepDoc } from '../../api/schemas/process-documentation.ts';
import type { ExtractedDocumentation } from '../../bpmn/studio/documentation-shape.ts';

const PROCESS_PARTS = ['objective', 'roles', 'tools', 'scriptIds', 'counters', 'dispositions', 'kpis'] as const;

function firstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'value'}: ${issue.message}` : 'not valid';
}

export function parseEmbeddedDocumentation(extracted: ExtractedDocumentation): { documentation: ProcessDocumentation; warnings: string[] } {
  const whole = ProcessDocumentation.safeParse({ ...extracted.process, steps: extracted.steps });
  if (whole.success) return { documentation: whole.data, warnings: [] };
  const warnings: string[] = [];
  const documentation = ProcessDocumentation.parse({});
  const source = extracted.process ?? {};
  for (const part of PROCESS_PARTS) {
    const parsed = ProcessDocumentation.safeParse({ [part]: source[part] });
    if (parsed.success) Object.assign(documentation, { [part]: parsed.data[part] });
    else warnings.push(`The file's documentation "${part}" is not valid and was left out (${firstIssue(parsed.error)}).`);
  }
  for (const [elementId, step] of Object.entries(extracted.steps)) {
    const parsed = StepDoc.safeParse(step);
    if (parsed.success && elementId.length <= 200) documentation.steps[elementId] = parsed.data;
    else warnings.push(`The documentation of step "${elementId.slice(0, 200)}" is not valid and was left out${parsed.success ? '' : ` (${firstIssue(parsed.error)})`}.`);
  }
  return { documentation, warnings };
}
