/** A step's checklist: items edited in place, moved up or down, removed, or added at the end. */
import { AddItemForm } from './add-item-form.tsx';
import { replaceAt } from './documentation-editing.ts';

export interface ChecklistEditorProps {
  items: readonly string[];
  onChange: (items: string[]) => void;
  /** Problems by item index. */
  errorOf: (index: number) => string | undefined;
}

export function ChecklistEditor({ items, onChange, errorOf }: ChecklistEditorProps) {
  function move(index: number, by: number) {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
  }

  return (
    <fieldset className="field">
      <legend>Checklist</legend>
      {items.length === 0 && <p className="field-hint">No checklist items yet.</p>}
      <ol className="checklist-editor">
        {items.map((item, index) => {
          const error = errorOf(index);
          const label = `Checklist item ${index + 1}`;
          return (
            <li key={index}>
              <div className="checklist-row">
                <input
                  aria-label={label}
                  value={item}
                  maxLength={500}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) => onChange(replaceAt(items, index, event.target.value))}
                />
                <button type="button" className="button-small" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move ${label} up`}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button-small"
                  onClick={() => move(index, 1)}
                  disabled={index === items.length - 1}
                  aria-label={`Move ${label} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button-small button-danger-quiet"
                  onClick={() => onChange(items.filter((_, position) => position !== index))}
                  aria-label={`Remove ${label}`}
                >
                  ×
                </button>
              </div>
              {error && <p className="field-error">{error}</p>}
            </li>
          );
        })}
      </ol>
      <AddItemForm label="New checklist item" buttonLabel="Add item" maxLength={500} onAdd={(text) => onChange([...items, text])} />
    </fieldset>
  );
}
