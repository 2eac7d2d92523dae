/** The counters the process tracks, such as dials or phone hours; steps and KPIs refer to them by key. */
import { TextField } from '../components/text-field.tsx';
import { AddItemForm } from './add-item-form.tsx';
import { replaceAt, type DocumentationEditing } from './documentation-editing.ts';
import { makeKey } from './make-key.ts';
import { PanelSection } from './panel-section.tsx';

export function CountersSection({ documentation, onChange, issues }: DocumentationEditing) {
  function add(label: string) {
    onChange((current) => ({
      ...current,
      counters: [...current.counters, { key: makeKey(label, current.counters.map((counter) => counter.key)), label }],
    }));
  }

  function remove(key: string) {
    onChange((current) => ({
      ...current,
      counters: current.counters.filter((counter) => counter.key !== key),
      steps: Object.fromEntries(
        Object.entries(current.steps).map(([id, step]) => [id, { ...step, metricKeys: step.metricKeys.filter((metric) => metric !== key) }]),
      ),
    }));
  }

  return (
    <PanelSection title="Counters" count={documentation.counters.length}>
      <p className="field-hint">What a VA counts while working, e.g. dials. KPIs and steps refer to a counter by its key.</p>
      {documentation.counters.length === 0 && <p className="muted">No counters yet.</p>}
      <ul className="plain-list">
        {documentation.counters.map((counter, index) => (
          <li key={counter.key} className="list-row">
            <TextField
              label="Counter"
              name={`counter-${counter.key}`}
              hint={`Key: ${counter.key}`}
              value={counter.label}
              onChange={(event) =>
                onChange((current) => ({ ...current, counters: replaceAt(current.counters, index, { ...counter, label: event.target.value }) }))
              }
              error={issues.get(`counters.${index}.label`)}
            />
            <button type="button" className="button-danger-quiet button-small" onClick={() => remove(counter.key)}>
              Remove<span className="visually-hidden"> counter {counter.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <AddItemForm label="New counter" buttonLabel="Add counter" onAdd={add} />
    </PanelSection>
  );
}
