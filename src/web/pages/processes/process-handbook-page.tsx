/** The printable process handbook for onboarding a VA: the diagram and all documentation, per role, steps in flow order, and the scripts. */
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { MarkdownView } from '../../components/markdown-view.tsx';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { MetricsSummary } from '../../studio/metrics-summary.tsx';
import type { OutlineStep } from '../../studio/read-outline.ts';
import { StepDocumentationView } from '../../studio/step-documentation.tsx';
import { useRenderedDiagram } from '../../studio/use-rendered-diagram.ts';
import { ScriptTexts } from './script-texts.tsx';

/** Events and gateways without a name or instructions add nothing a reader needs. */
function isWorthReading(step: OutlineStep, documented: boolean): boolean {
  return documented || Boolean(step.name) || !/event|gateway/i.test(step.kind);
}

export function ProcessHandbookPage() {
  const processId = Number(useParams().processId);
  const [search] = useSearchParams();
  const requested = search.get('version') ? Number(search.get('version')) : null;
  const loaded = useLoad(async () => {
    const process = await api.getProcess(processId);
    const number = requested ?? process.latestPublishedVersion ?? process.versions.at(-1)?.number ?? null;
    const version = number === null ? null : await api.getVersion(processId, number);
    return { process, version };
  }, [processId, requested]);
  const diagram = useRenderedDiagram(loaded.data?.version?.xml ?? null);
  useDocumentTitle(loaded.data ? `${loaded.data.process.name} handbook` : 'Handbook');

  if (loaded.error) return <LoadError error={loaded.error} />;
  if (!loaded.data) return <Loading what="Loading the handbook" />;
  const { process, version } = loaded.data;
  if (!version) return <p className="empty-state">This process has no version yet.</p>;
  const documentation = version.documentation;
  const outline = diagram.outline;
  const documented = (id: string) => Boolean(documentation.steps[id]);
  const roles = outline
    ? [
        ...outline.lanes.map((lane) => ({ id: lane.id, name: lane.name || 'Unnamed role' })),
        ...(outline.steps.some((step) => step.laneId === null) ? [{ id: null, name: 'Steps without a role' }] : []),
      ]
    : [];

  return (
    <article className="handbook">
      <div className="no-print handbook-bar">
        <Link to={`/processes/${processId}`}>← {process.name}</Link>
        <button type="button" className="button-primary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <header>
        <p className="muted">Process handbook</p>
        <h1>{process.name}</h1>
        <p className="muted">
          Version {version.number}
          {version.status === 'draft' ? ' (draft, not yet published)' : version.publishedAt ? `, published ${formatDateTime(version.publishedAt)}` : ''}
        </p>
      </header>

      <nav aria-label="Contents" className="handbook-contents">
        <h2>Contents</h2>
        <ol>
          <li>
            <a href="#objective">Objective</a>
          </li>
          <li>
            <a href="#diagram">The process at a glance</a>
          </li>
          {roles.map((role) => (
            <li key={role.id ?? 'none'}>
              <a href={`#role-${role.id ?? 'none'}`}>{role.name}</a>
            </li>
          ))}
          <li>
            <a href="#metrics">What is tracked</a>
          </li>
          <li>
            <a href="#scripts">Scripts</a>
          </li>
        </ol>
      </nav>

      <section id="objective">
        <h2>Objective</h2>
        <MarkdownView markdown={documentation.objective} empty="No objective written yet." />
      </section>

      <section id="diagram">
        <h2>The process at a glance</h2>
        {diagram.error ? (
          <p role="alert" className="alert alert-error">
            The diagram could not be drawn: {diagram.error}
          </p>
        ) : diagram.svg ? (
          <img
            className="handbook-diagram"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(diagram.svg)}`}
            alt={`Diagram of ${process.name}, version ${version.number}: its steps are listed per role below.`}
          />
        ) : (
          <Loading what="Drawing the diagram" />
        )}
      </section>

      {roles.map((role) => {
        const steps = (outline?.steps ?? []).filter((step) => step.laneId === role.id && isWorthReading(step, documented(step.id)));
        const responsibilities = role.id ? documentation.roles.find((item) => item.laneId === role.id)?.responsibilities : undefined;
        const tools = role.id ? documentation.tools.filter((tool) => tool.laneIds.includes(role.id!)) : [];
        return (
          <section key={role.id ?? 'none'} id={`role-${role.id ?? 'none'}`} className="handbook-role">
            <h2>{role.name}</h2>
            {role.id && (
              <>
                <h3>Responsibilities</h3>
                <MarkdownView markdown={responsibilities ?? ''} empty="No responsibilities written yet." />
                {tools.length > 0 && (
                  <>
                    <h3>Tools</h3>
                    <ul>
                      {tools.map((tool) => (
                        <li key={tool.key}>
                          <strong>{tool.name}</strong>
                          {tool.url && (
                            <>
                              {' '}
                              — <a href={tool.url}>{tool.url}</a>
                            </>
                          )}
                          {tool.purpose && <span> — {tool.purpose}</span>}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
            <h3>Steps</h3>
            {steps.length === 0 ? (
              <p className="muted">No steps.</p>
            ) : (
              <ol className="handbook-steps">
                {steps.map((step) => (
                  <li key={step.id} className="handbook-step">
                    <h4>
                      {step.name || 'Unnamed step'} <span className="muted">({step.kind})</span>
                    </h4>
                    <StepDocumentationView
                      step={documentation.steps[step.id]}
                      documentation={documentation}
                      headingLevel={5}
                      empty={/event|gateway/i.test(step.kind) ? null : undefined}
                    />
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}

      <section id="metrics">
        <h2>What is tracked</h2>
        <MetricsSummary documentation={documentation} headingLevel={3} />
      </section>

      <section id="scripts">
        <h2>Scripts</h2>
        <ScriptTexts scriptIds={documentation.scriptIds} />
      </section>
    </article>
  );
}
