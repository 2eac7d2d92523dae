/** The disposition set: every result a dial can be logged with, and what each counts as (a voicemail counts as nothing). */
import { TextField } from '../components/text-field.tsx';
import { AddItemForm } from './add-item-form.tsx';
import { replaceAt, type DocumentationEditing } from './documentation-editing.ts';
import { makeKey } from './make-key.ts';
import { OUTCOME_LABELS, OUTCOMES } from './outcome-labels.ts';
import { PanelSection } from './panel-section.tsx';

export function DispositionsSection({ documentation, onChange, issues }: DocumentationEditing) {
  type Disposition = (typeof documentation.dispositions)[number];

  function update(index: number, disposition: Disposition) {
    onChange((current) => ({ ...current, dispositions: replaceAt(current.dispositions, index, disposition) }));
  }

  function add(label: string) {
    onChange((current) => ({
      ...current,
      dispositions: [...current.dispositions, { key: makeKey(label, current.dispositions.map((item) => item.key)), label, countsAs: [] }],
    }));
  }

  return (
    <PanelSection title="Dispositions" count={documentation.dispositions.length}>
      <p className="field-hint">
        The results a VA logs for each dial, and what each one counts as. A voicemail is not a talk-to; a booked appointment
        counts as a talk-to, a lead and an appointment set.
      </p>
      {documentation.dispositions.length === 0 && <p className="muted">No dispositions yet.</p>}
      {documentation.dispositions.map((disposition, index) => (
        <fieldset key={disposition.key} className="doc-item">
          <legend>{disposition.label || 'Unnamed disposition'}</legend>
          <TextField
            label="Disposition"
            name={`disposition-${disposition.key}`}
            value={disposition.label}
            onChange={(event) => update(index, { ...disposition, label: event.target.value })}
            error={issues.get(`dispositions.${index}.label`)}
          />
          <fieldset className="field checkbox-group checkbox-grid">
            <legend>Counts as</legend>
            {OUTCOMES.map((outcome) => (
              <label key={outcome} className="checkbox">
                <input
                  type="checkbox"
                  checked={disposition.countsAs.includes(outcome)}
                  onChange={(event) =>
                    update(index, {
                      ...disposition,
                      countsAs: event.target.checked
                        ? OUTCOMES.filter((item) => item === outcome || disposition.countsAs.includes(item))
                        : disposition.countsAs.filter((item) => item !== outcome),
                    })
                  }
                />
                {OUTCOME_LABELS[outcome]}
              </label>
            ))}
            {disposition.countsAs.length === 0 && <p className="field-hint">Counts as nothing (like a voicemail).</p>}
          </fieldset>
          <button
            type="button"
            className="button-danger-quiet button-small"
            onClick={() => onChange((current) => ({ ...current, dispositions: current.dispositions.filter((item) => item.key !== disposition.key) }))}
          >
            Remove<span className="visually-hidden"> disposition {disposition.label}</span>
          </button>
        </fieldset>
      ))}
      <AddItemForm label="New disposition" buttonLabel="Add disposition" onAdd={add} />
    </PanelSection>
  );
}
