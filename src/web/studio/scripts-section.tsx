/** The call scripts this process uses: picked from the team's scripts, or written new, each linking to its own editor. */
import { useState } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../components/form-alert.tsx';
import { SelectField } from '../components/select-field.tsx';
import { api } from '../api.ts';
import { useAction } from '../hooks/use-action.ts';
import { useLoad } from '../hooks/use-load.ts';
import { AddItemForm } from './add-item-form.tsx';
import type { DocumentationEditing } from './documentation-editing.ts';
import { PanelSection } from './panel-section.tsx';

export interface ScriptsSectionProps extends DocumentationEditing {
  /** The process's team; a library template's scripts belong to no team. */
  teamId: number | null;
}

export function ScriptsSection({ documentation, onChange, teamId }: ScriptsSectionProps) {
  const scripts = useLoad(() => api.listScripts(), []);
  const create = useAction();
  const [choice, setChoice] = useState('');
  // A team's process may use the team's scripts and the organization's shared ones.
  const available = (scripts.data?.scripts ?? []).filter((script) => script.teamId === teamId || script.teamId === null);
  const byId = new Map((scripts.data?.scripts ?? []).map((script) => [script.id, script]));
  const unused = available.filter((script) => !documentation.scriptIds.includes(script.id));

  function use(scriptId: number) {
    onChange((current) => (current.scriptIds.includes(scriptId) ? current : { ...current, scriptIds: [...current.scriptIds, scriptId] }));
  }

  async function createScript(name: string) {
    await create.run(async () => {
      const script = await api.createScript({ name, teamId });
      use(script.id);
      scripts.reload();
    });
  }

  return (
    <PanelSection title="Scripts" count={documentation.scriptIds.length}>
      <p className="field-hint">Scripts are versioned documents of their own, so results can be compared by script version.</p>
      {scripts.error && <FormAlert error={scripts.error} />}
      {documentation.scriptIds.length === 0 ? (
        <p className="muted">No script yet.</p>
      ) : (
        <ul className="plain-list">
          {documentation.scriptIds.map((scriptId) => {
            const script = byId.get(scriptId);
            return (
              <li key={scriptId} className="list-row">
                <span>
                  <Link to={`/scripts/${scriptId}`}>{script?.name ?? `Script ${scriptId}`}</Link>{' '}
                  <span className="muted">
                    {script ? (script.latestPublishedVersion ? `v${script.latestPublishedVersion}` : 'not published') : ''}
                    {script?.hasDraft ? ' · draft' : ''}
                  </span>
                </span>
                <button
                  type="button"
                  className="button-danger-quiet button-small"
                  onClick={() => onChange((current) => ({ ...current, scriptIds: current.scriptIds.filter((id) => id !== scriptId) }))}
                >
                  Remove<span className="visually-hidden"> script {script?.name ?? scriptId}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {unused.length > 0 && (
        <div className="inline-form">
          <SelectField label="Use a script" name="scriptId" value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">Choose a script…</option>
            {unused.map((script) => (
              <option key={script.id} value={script.id}>
                {script.name}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            disabled={!choice}
            onClick={() => {
              use(Number(choice));
              setChoice('');
            }}
          >
            Use
          </button>
        </div>
      )}
      <AddItemForm label="New script" buttonLabel="Create script" onAdd={(name) => void createScript(name)} disabled={create.pending} />
      <FormAlert error={create.error} />
    </PanelSection>
  );
}
