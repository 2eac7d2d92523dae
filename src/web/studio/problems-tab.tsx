/** The draft's validation problems: what blocks publishing (errors) and what does not (warnings). */
import type { ApiError } from '../../api/client.ts';
import type { ProblemList as Problems } from '../../api/schemas/processes.ts';
import { LoadError } from '../components/load-error.tsx';
import { ProblemList } from './problem-list.tsx';

export interface ProblemsTabProps {
  problems: Problems | null;
  error: ApiError | null;
  /** True while changes are not saved yet, so the list may be out of date. */
  stale: boolean;
  nameOf: (elementId: string) => string | null;
  onSelect: (elementId: string) => void;
}

export function ProblemsTab({ problems, error, stale, nameOf, onSelect }: ProblemsTabProps) {
  if (error) return <LoadError error={error} />;
  if (!problems) return <p className="muted">Checking the process…</p>;
  const errors = problems.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.problems.length - errors;
  return (
    <div>
      <p>
        {problems.problems.length === 0
          ? 'No problems: the process can be published.'
          : `${errors} ${errors === 1 ? 'error' : 'errors'} (they block publishing), ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`}
      </p>
      {stale && <p className="field-hint">The list is checked again after the next save.</p>}
      <ProblemList problems={problems.problems} nameOf={nameOf} onSelect={onSelect} />
    </div>
  );
}
