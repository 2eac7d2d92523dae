/** Explains the run's marks on its diagram with their symbols and words, so they read without colour too. */
export function RunLegend() {
  return (
    <ul className="diff-legend run-legend" aria-label="Legend">
      <li>
        <span className="run-badge run-badge-current" aria-hidden="true">
          ● 1
        </span>{' '}
        Where the run is now (how many tokens)
      </li>
      <li>
        <span className="run-badge run-badge-incident" aria-hidden="true">
          ⚠ 1
        </span>{' '}
        Stopped by an incident
      </li>
      <li>
        <span className="run-badge run-badge-completed" aria-hidden="true">
          ✓
        </span>{' '}
        Completed (shaded)
      </li>
    </ul>
  );
}
