/** A run's variables as name and value. */
import { formatValue } from './format-value.ts';

export function VariableList({ variables }: { variables: Record<string, unknown> }) {
  const names = Object.keys(variables).sort((a, b) => a.localeCompare(b));
  if (names.length === 0) return <p className="muted">No variables yet.</p>;
  return (
    <dl className="details variable-list">
      {names.map((name) => (
        <div key={name} className="variable-entry">
          <dt>
            <code>{name}</code>
          </dt>
          <dd>
            <code>{formatValue(variables[name])}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
