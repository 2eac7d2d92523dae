/** What the process documentation says for this step and role: the objective, my responsibilities, the instructions, a tickable checklist, the tools and what to track. */
import type { ProcessDocumentation } from '../../../api/schemas/process-documentation.ts';
import { MarkdownView } from '../../components/markdown-view.tsx';
import { describeDuration } from '../../format/describe-duration.ts';
import { StepChecklist } from './step-checklist.tsx';

export interface StepGuideProps {
  taskId: number;
  elementId: string;
  laneId: string | null;
  roleName: string | null;
  documentation: ProcessDocumentation;
}

export function StepGuide({ taskId, elementId, laneId, roleName, documentation }: StepGuideProps) {
  const step = documentation.steps[elementId];
  const role = documentation.roles.find((candidate) => candidate.laneId === laneId);
  const tools = (step?.toolKeys ?? []).map((key) => documentation.tools.find((tool) => tool.key === key) ?? { key, name: key, url: '', purpose: '' });
  const tracked = (step?.metricKeys ?? []).map((key) =>
    key === 'dispositions' ? 'A disposition for every dial, in the dialing tracker' : (documentation.counters.find((counter) => counter.key === key)?.label ?? key),
  );
  return (
    <div className="step-guide">
      <section aria-labelledby="guide-step">
        <h2 id="guide-step">This step</h2>
        {step?.dueIn && (
          <p className="due-in">
            <strong>Service level:</strong> done within {describeDuration(step.dueIn) ?? step.dueIn} of its start.
          </p>
        )}
        <MarkdownView markdown={step?.instructions ?? ''} empty="No instructions for this step yet." headingOffset={2} />
        {step && step.checklist.length > 0 && <StepChecklist taskId={taskId} items={step.checklist} />}
      </section>
      {tools.length > 0 && (
        <section aria-labelledby="guide-tools">
          <h3 id="guide-tools">Tools</h3>
          <ul className="tool-list">
            {tools.map((tool) => (
              <li key={tool.key}>
                {tool.url ? (
                  <a href={tool.url} target="_blank" rel="noreferrer noopener">
                    {tool.name}
                  </a>
                ) : (
                  <strong>{tool.name}</strong>
                )}
                {tool.purpose && <span className="muted"> — {tool.purpose}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {tracked.length > 0 && (
        <section aria-labelledby="guide-track">
          <h3 id="guide-track">What you track here</h3>
          <ul>
            {tracked.map((metric) => (
              <li key={metric}>{metric}</li>
            ))}
          </ul>
        </section>
      )}
      <details className="guide-context" open={!step?.instructions}>
        <summary>Objective and your responsibilities{roleName ? ` as ${roleName}` : ''}</summary>
        <h3>Objective of the process</h3>
        <MarkdownView markdown={documentation.objective} empty="No objective written yet." headingOffset={2} />
        <h3>Your responsibilities</h3>
        <MarkdownView markdown={role?.responsibilities ?? ''} empty="No responsibilities written for this role yet." headingOffset={2} />
      </details>
    </div>
  );
}
