/** The process-level documentation, read-only: objective, roles and responsibilities, tools, scripts and metrics. */
import { Link } from 'react-router';
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import type { ScriptSummary } from '../../api/schemas/scripts.ts';
import { MarkdownView } from '../components/markdown-view.tsx';
import { MetricsSummary } from './metrics-summary.tsx';
import type { LaneInfo } from './read-lanes.ts';

export interface ProcessOverviewProps {
  documentation: ProcessDocumentation;
  lanes: readonly LaneInfo[];
  scripts: readonly ScriptSummary[];
}

export function ProcessOverview({ documentation, lanes, scripts }: ProcessOverviewProps) {
  const laneName = (laneId: string) => lanes.find((lane) => lane.id === laneId)?.name || 'a removed role';
  return (
    <div className="process-overview">
      <h3>Objective</h3>
      <MarkdownView markdown={documentation.objective} empty="No objective written yet." />
      <h3>Roles</h3>
      {lanes.length === 0 ? (
        <p className="muted">No roles.</p>
      ) : (
        lanes.map((lane) => (
          <div key={lane.id}>
            <h4>{lane.name || 'Unnamed role'}</h4>
            <MarkdownView
              markdown={documentation.roles.find((role) => role.laneId === lane.id)?.responsibilities ?? ''}
              empty="No responsibilities written yet."
            />
          </div>
        ))
      )}
      <h3>Tools</h3>
      {documentation.tools.length === 0 ? (
        <p className="muted">No tools.</p>
      ) : (
        <ul>
          {documentation.tools.map((tool) => (
            <li key={tool.key}>
              {tool.url ? (
                <a href={tool.url} target="_blank" rel="noreferrer noopener">
                  {tool.name}
                </a>
              ) : (
                tool.name
              )}
              {tool.purpose && <span> — {tool.purpose}</span>}
              {tool.laneIds.length > 0 && <span className="muted"> (used by {tool.laneIds.map(laneName).join(', ')})</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>Scripts</h3>
      {documentation.scriptIds.length === 0 ? (
        <p className="muted">No scripts.</p>
      ) : (
        <ul>
          {documentation.scriptIds.map((scriptId) => (
            <li key={scriptId}>
              <Link to={`/scripts/${scriptId}`}>{scripts.find((script) => script.id === scriptId)?.name ?? `Script ${scriptId}`}</Link>
            </li>
          ))}
        </ul>
      )}
      <h3>Metrics</h3>
      <MetricsSummary documentation={documentation} headingLevel={4} />
    </div>
  );
}
