/** The tools the process needs (dialer, CRM, lead source, ...): name, link, purpose and the roles that use each. */
import { TextField } from '../components/text-field.tsx';
import { AddItemForm } from './add-item-form.tsx';
import { replaceAt, type DocumentationEditing } from './documentation-editing.ts';
import { makeKey } from './make-key.ts';
import type { LaneInfo } from './read-lanes.ts';
import { PanelSection } from './panel-section.tsx';

export interface ToolsSectionProps extends DocumentationEditing {
  lanes: readonly LaneInfo[];
}

type Tool = DocumentationEditing['documentation']['tools'][number];

export function ToolsSection({ documentation, onChange, issues, lanes }: ToolsSectionProps) {
  const tools = documentation.tools;

  function update(index: number, tool: Tool) {
    onChange((current) => ({ ...current, tools: replaceAt(current.tools, index, tool) }));
  }

  function add(name: string) {
    onChange((current) => ({
      ...current,
      tools: [...current.tools, { key: makeKey(name, current.tools.map((tool) => tool.key)), name, url: '', purpose: '', laneIds: [] }],
    }));
  }

  function remove(key: string) {
    // A removed tool disappears from the steps that named it, so no step points at a tool that is gone.
    onChange((current) => ({
      ...current,
      tools: current.tools.filter((tool) => tool.key !== key),
      steps: Object.fromEntries(
        Object.entries(current.steps).map(([id, step]) => [id, { ...step, toolKeys: step.toolKeys.filter((toolKey) => toolKey !== key) }]),
      ),
    }));
  }

  return (
    <PanelSection title="Tools" count={tools.length}>
      {tools.length === 0 && <p className="muted">No tools yet.</p>}
      {tools.map((tool, index) => (
        <fieldset key={tool.key} className="doc-item">
          <legend>{tool.name || 'Unnamed tool'}</legend>
          <TextField
            label="Name"
            name={`tool-${tool.key}-name`}
            value={tool.name}
            maxLength={100}
            onChange={(event) => update(index, { ...tool, name: event.target.value })}
            error={issues.get(`tools.${index}.name`)}
          />
          <TextField
            label="Link"
            name={`tool-${tool.key}-url`}
            type="url"
            placeholder="https://"
            value={tool.url}
            onChange={(event) => update(index, { ...tool, url: event.target.value.trim() })}
            error={issues.get(`tools.${index}.url`)}
          />
          <TextField
            label="Purpose"
            name={`tool-${tool.key}-purpose`}
            value={tool.purpose}
            maxLength={500}
            onChange={(event) => update(index, { ...tool, purpose: event.target.value })}
            error={issues.get(`tools.${index}.purpose`)}
          />
          <fieldset className="field checkbox-group">
            <legend>Used by</legend>
            {lanes.length === 0 && <p className="field-hint">The diagram has no roles yet.</p>}
            {lanes.map((lane) => (
              <label key={lane.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={tool.laneIds.includes(lane.id)}
                  onChange={(event) =>
                    update(index, {
                      ...tool,
                      laneIds: event.target.checked ? [...tool.laneIds, lane.id] : tool.laneIds.filter((id) => id !== lane.id),
                    })
                  }
                />
                {lane.name || 'Unnamed role'}
              </label>
            ))}
          </fieldset>
          <button type="button" className="button-danger-quiet button-small" onClick={() => remove(tool.key)}>
            Remove tool<span className="visually-hidden"> {tool.name}</span>
          </button>
        </fieldset>
      ))}
      <AddItemForm label="New tool" buttonLabel="Add tool" onAdd={add} />
    </PanelSection>
  );
}
