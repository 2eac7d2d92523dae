/** Validation problems as a list, errors first; a problem on an element selects it on the diagram when clicked. */
import type { Problem } from '../../api/schemas/processes.ts';

export interface ProblemListProps {
  problems: readonly Problem[];
  /** The element's name as shown on the diagram, to say where a problem is. */
  nameOf: (elementId: string) => string | null;
  onSelect?: (elementId: string) => void;
}

export function ProblemList({ problems, nameOf, onSelect }: ProblemListProps) {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className="problem-list">
      {sorted.map((problem, index) => {
        const where = problem.elementId ? (nameOf(problem.elementId) ?? problem.elementId) : 'The process';
        const label = problem.severity === 'error' ? 'Error' : 'Warning';
        return (
          <li key={`${problem.elementId}-${problem.rule}-${index}`} className={`problem problem-${problem.severity}`}>
            <span className={`severity severity-${problem.severity}`}>
              <span aria-hidden="true">{problem.severity === 'error' ? '!' : '?'}</span> {label}
            </span>
            <span className="problem-text">
              {problem.elementId && onSelect ? (
                <button type="button" className="link-button" onClick={() => onSelect(problem.elementId!)}>
                  {where}
                </button>
              ) : (
                <strong>{where}</strong>
              )}
              : {problem.message} <span className="muted">({problem.rule})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
