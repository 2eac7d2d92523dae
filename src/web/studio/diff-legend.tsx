/** Explains the diff's colours with their symbols and words, so the marks read without colour too. */
import { CHANGE_LABELS, CHANGE_SYMBOLS } from './show-diff.ts';

export function DiffLegend() {
  return (
    <ul className="diff-legend" aria-label="Legend">
      {(['added', 'removed', 'changed'] as const).map((change) => (
        <li key={change}>
          <span className={`diff-badge diff-badge-${change}`} aria-hidden="true">
            {CHANGE_SYMBOLS[change]}
          </span>{' '}
          {CHANGE_LABELS[change]}
          {change === 'removed' ? ' (shown on the older version, dashed outline)' : change === 'added' ? ' (shown on the newer version)' : ' (on both)'}
        </li>
      ))}
    </ul>
  );
}
