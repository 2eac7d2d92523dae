/** The visual diff of two versions: both diagrams side by side with added, removed and changed elements marked, and the lists of changes. */
import { useRef } from 'react';
import type { ElementChange, ProcessDiff as Diff, ProcessVersion } from '../../api/schemas/processes.ts';
import { describeElementType } from './describe-element-type.ts';
import { DiagramViewer, type DiagramViewerHandle } from './diagram-viewer.tsx';
import { DiffLegend } from './diff-legend.tsx';
import { CHANGE_LABELS, CHANGE_SYMBOLS, showDiff } from './show-diff.ts';

export interface ProcessDiffProps {
  diff: Diff;
  from: ProcessVersion;
  to: ProcessVersion;
  /** Headings of the two diagrams, when they are not two versions of one process (a copy and its template). */
  labels?: { before: string; after: string } | undefined;
}

export function ProcessDiff({ diff, from, to, labels }: ProcessDiffProps) {
  const beforeLabel = labels?.before ?? `Version ${from.number}, before`;
  const afterLabel = labels?.after ?? `Version ${to.number}, after`;
  const before = useRef<DiagramViewerHandle>(null);
  const after = useRef<DiagramViewerHandle>(null);
  const onBefore = diff.elements.filter((change) => change.change !== 'added');
  const onAfter = diff.elements.filter((change) => change.change !== 'removed');

  function reveal(change: ElementChange) {
    if (change.change !== 'added') before.current?.reveal(change.elementId);
    if (change.change !== 'removed') after.current?.reveal(change.elementId);
  }

  return (
    <div className="process-diff">
      <DiffLegend />
      <div className="diff-viewers">
        <section aria-labelledby="diff-before-title">
          <h2 id="diff-before-title">{labels?.before ?? `Version ${from.number} (before)`}</h2>
          <DiagramViewer ref={before} xml={from.xml} label={beforeLabel} onReady={(services) => showDiff(services, onBefore)} />
        </section>
        <section aria-labelledby="diff-after-title">
          <h2 id="diff-after-title">{labels?.after ?? `Version ${to.number} (after)`}</h2>
          <DiagramViewer ref={after} xml={to.xml} label={afterLabel} onReady={(services) => showDiff(services, onAfter)} />
        </section>
      </div>

      <h2>Changed elements</h2>
      {diff.elements.length === 0 ? (
        <p className="muted">The diagrams have the same elements.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Element</th>
              <th scope="col">Type</th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {diff.elements.map((change) => (
              <tr key={change.elementId} className={`diff-row diff-row-${change.change}`}>
                <td>
                  <span className={`diff-badge diff-badge-${change.change}`}>
                    {CHANGE_SYMBOLS[change.change]} {CHANGE_LABELS[change.change]}
                  </span>
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => reveal(change)}>
                    {change.name || <span className="muted">Unnamed ({change.elementId})</span>}
                  </button>
                </td>
                <td>{describeElementType(change.type)}</td>
                <td>{change.fields.length ? change.fields.join(', ') : <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Documentation changes</h2>
      {diff.documentation.length === 0 ? (
        <p className="muted">The process documentation is the same.</p>
      ) : (
        <ul className="documentation-changes">
          {diff.documentation.map((change) => (
            <li key={`${change.path}-${change.change}`}>
              <span className={`diff-badge diff-badge-${change.change}`}>
                {CHANGE_SYMBOLS[change.change]} {CHANGE_LABELS[change.change]}
              </span>{' '}
              <code>{change.path}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
