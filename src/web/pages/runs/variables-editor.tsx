/** Rows of variables to set (name, JSON or text, value), each with its own error, added and removed with buttons. */
import { useId } from 'react';
import type { ValueType, VariableRow } from './read-variable-rows.ts';

export interface VariablesEditorProps {
  legend: string;
  hint?: string;
  rows: readonly VariableRow[];
  onChange: (rows: VariableRow[]) => void;
  /** Errors by row key. */
  errors: ReadonlyMap<number, string>;
}

let nextKey = 1;

/** A new empty row with a key no other row has. */
export function newVariableRow(name = '', value = '', type: ValueType = 'json'): VariableRow {
  nextKey += 1;
  return { key: nextKey, name, value, type };
}

export function VariablesEditor({ legend, hint, rows, onChange, errors }: VariablesEditorProps) {
  const id = useId();
  const update = (key: number, change: Partial<VariableRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <fieldset className="field variables-editor" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {rows.length > 0 && (
        <ol className="variable-rows">
          {rows.map((row, index) => {
            const label = `Variable ${index + 1}`;
            const error = errors.get(row.key);
            const errorId = `${id}-${row.key}-error`;
            const invalid = error ? true : undefined;
            const describedBy = error ? errorId : undefined;
            return (
              <li key={row.key}>
                <div className="variable-row">
                  <label className="variable-name">
                    <span className="visually-hidden">{label} </span>name
                    <input value={row.name} maxLength={64} onChange={(event) => update(row.key, { name: event.target.value })} aria-invalid={invalid} aria-describedby={describedBy} />
                  </label>
                  <label className="variable-type">
                    <span className="visually-hidden">{label} </span>type
                    <select value={row.type} onChange={(event) => update(row.key, { type: event.target.value as ValueType })}>
                      <option value="json">JSON</option>
                      <option value="text">Text</option>
                    </select>
                  </label>
                  <label className="variable-value">
                    <span className="visually-hidden">{label} </span>value
                    <input value={row.value} onChange={(event) => update(row.key, { value: event.target.value })} aria-invalid={invalid} aria-describedby={describedBy} />
                  </label>
                  <button type="button" className="button-small" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                    Remove<span className="visually-hidden"> {label.toLowerCase()}</span>
                  </button>
                </div>
                {error && (
                  <p id={errorId} role="alert" className="field-error">
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="button-small" onClick={() => onChange([...rows, newVariableRow()])}>
        Add a variable
      </button>
    </fieldset>
  );
}
