/** A step's documentation as a VA reads it: instructions, checklist, tools with their links, metrics to log and the time allowed. */
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { MarkdownView } from '../components/markdown-view.tsx';
import { describeDuration } from '../format/describe-duration.ts';
import type { StepDocumentation } from './documentation-editing.ts';

export interface StepDocumentationProps {
  step: StepDocumentation | undefined;
  documentation: ProcessDocumentation;
  /** Heading level of the parts, so the view fits the page's outline. */
  headingLevel?: 3 | 4 | 5;
  /** What to say when the step has no documentation; null says nothing. */
  empty?: string | null;
}

export function StepDocumentationView({ step, documentation, headingLevel = 4, empty = 'No instructions for this step yet.' }: StepDocumentationProps) {
  const Heading = `h${headingLevel}` as const;
  if (!step || (!step.instructions.trim() && step.checklist.length === 0 && step.toolKeys.length === 0 && step.metricKeys.length === 0 && !step.dueIn)) {
    return empty === null ? null : <p className="muted">{empty}</p>;
  }
  const tools = step.toolKeys.map((key) => documentation.tools.find((tool) => tool.key === key) ?? { key, name: key, url: '', purpose: '' });
  const metrics = step.metricKeys.map((key) =>
    key === 'dispositions' ? 'A disposition for every dial' : (documentation.counters.find((counter) => counter.key === key)?.label ?? key),
  );
  return (
    <div className="step-documentation">
      {step.dueIn && (
        <p className="due-in">
          <strong>Due within:</strong> {describeDuration(step.dueIn) ?? step.dueIn} <span className="muted">({step.dueIn})</span>
        </p>
      )}
      {step.instructions.trim() && <MarkdownView markdown={step.instructions} />}
      {step.checklist.length > 0 && (
        <>
          <Heading>Checklist</Heading>
          <ul className="checklist">
            {step.checklist.map((item, index) => (
              <li key={index}>
                <span aria-hidden="true">☐ </span>
                {item}
              </li>
            ))}
          </ul>
        </>
      )}
      {tools.length > 0 && (
        <>
          <Heading>Tools</Heading>
          <ul>
            {tools.map((tool) => (
              <li key={tool.key}>
                {tool.url ? (
                  <a href={tool.url} target="_blank" rel="noreferrer noopener">
                    {tool.name}
                  </a>
                ) : (
                  tool.name
                )}
                {tool.purpose && <span className="muted"> — {tool.purpose}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {metrics.length > 0 && (
        <>
          <Heading>Log here</Heading>
          <ul>
            {metrics.map((metric) => (
              <li key={metric}>{metric}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
