/** Documents the element selected on the diagram: a step's instructions, checklist, tools, metrics and due time, a lane's role, or a gateway flow's condition. */
import { MarkdownField } from '../components/markdown-field.tsx';
import { SelectField } from '../components/select-field.tsx';
import { ChecklistEditor } from './checklist-editor.tsx';
import { CommitTextField } from './commit-text-field.tsx';
import { ConditionEditor, isGatewayFlow } from './condition-editor.tsx';
import { describeElementType } from './describe-element-type.ts';
import { elementById, revealElement, type ModelerServices } from './diagram-services.ts';
import { EMPTY_STEP, type DocumentationEditing, type StepDocumentation } from './documentation-editing.ts';
import { DueInField } from './due-in-field.tsx';
import { GatewayDefaultField, isDecidingGateway } from './gateway-default-field.tsx';
import type { LaneInfo } from './read-lanes.ts';
import { readOutline } from './read-outline.ts';
import { RoleEditor } from './role-editor.tsx';
import { StepAssignmentField } from './step-assignment-field.tsx';
import { useAssignableMembers } from './use-assignable-members.ts';

export interface StepTabProps extends DocumentationEditing {
  services: ModelerServices;
  selectedId: string | null;
  lanes: readonly LaneInfo[];
  /** Changes with every diagram edit, so names read from the diagram stay current. */
  changeCount: number;
}

export function StepTab({ services, selectedId, lanes, changeCount, ...editing }: StepTabProps) {
  const { documentation, onChange, issues } = editing;
  const outline = readOutline(services.registry);
  const members = useAssignableMembers();
  const element = selectedId ? elementById(services.registry, selectedId) : undefined;
  const business = element?.businessObject as { name?: string; $instanceOf?: (type: string) => boolean } | undefined;
  const isStep = Boolean(business?.$instanceOf?.('bpmn:FlowNode'));
  const lane = element?.type === 'bpmn:Lane' ? lanes.find((item) => item.id === element.id) : undefined;
  const step: StepDocumentation = (selectedId && documentation.steps[selectedId]) || EMPTY_STEP;
  const laneName = (laneId: string | null) => lanes.find((item) => item.id === laneId)?.name || 'no role';

  function updateStep(patch: Partial<StepDocumentation>) {
    if (!selectedId) return;
    onChange((current) => ({ ...current, steps: { ...current.steps, [selectedId]: { ...EMPTY_STEP, ...current.steps[selectedId], ...patch } } }));
  }

  function toggle(list: readonly string[], key: string, on: boolean): string[] {
    return on ? [...list.filter((item) => item !== key), key] : list.filter((item) => item !== key);
  }

  const issue = (field: string) => (selectedId ? issues.get(`steps.${selectedId}.${field}`) : undefined);

  return (
    <div className="step-tab">
      <SelectField
        label="Step"
        name="step"
        hint="Click an element on the diagram, or choose a step here."
        value={isStep && selectedId ? selectedId : ''}
        onChange={(event) => event.target.value && revealElement(services, event.target.value)}
      >
        <option value="">Choose a step…</option>
        {outline.steps.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name || `(unnamed ${item.kind.toLowerCase()})`} — {laneName(item.laneId)}
          </option>
        ))}
      </SelectField>

      {!element && <p className="muted">Nothing is selected.</p>}

      {lane && <RoleEditor lane={lane} number={lanes.indexOf(lane) + 1} services={services} {...editing} />}

      {element && !lane && (
        <>
          <h3 className="step-title">
            {business?.name || 'Unnamed'} <span className="muted">({describeElementType(element.type)})</span>
          </h3>
          <CommitTextField label="Name" value={business?.name ?? ''} onCommit={(name) => services.modeling.updateLabel(element, name)} />
          {isGatewayFlow(element) && <ConditionEditor key={element.id} services={services} flow={element} changeCount={changeCount} />}
          {isDecidingGateway(element) && <GatewayDefaultField services={services} gateway={element} />}
        </>
      )}

      {element && isStep && selectedId && (
        <>
          <p className="field-hint">Role: {laneName(outline.steps.find((item) => item.id === selectedId)?.laneId ?? null)}</p>
          <MarkdownField
            label="Instructions"
            hint="What to do and what done looks like. Markdown: **bold**, lists, links."
            rows={8}
            value={step.instructions}
            onChange={(instructions) => updateStep({ instructions })}
            error={issue('instructions')}
          />
          <ChecklistEditor items={step.checklist} onChange={(checklist) => updateStep({ checklist })} errorOf={(index) => issue(`checklist.${index}`)} />
          <fieldset className="field checkbox-group">
            <legend>Tools used here</legend>
            {documentation.tools.length === 0 && <p className="field-hint">Add tools under Process first.</p>}
            {documentation.tools.map((tool) => (
              <label key={tool.key} className="checkbox">
                <input
                  type="checkbox"
                  checked={step.toolKeys.includes(tool.key)}
                  onChange={(event) => updateStep({ toolKeys: toggle(step.toolKeys, tool.key, event.target.checked) })}
                />
                {tool.name || tool.key}
              </label>
            ))}
          </fieldset>
          <fieldset className="field checkbox-group">
            <legend>Metrics tracked here</legend>
            {documentation.counters.map((counter) => (
              <label key={counter.key} className="checkbox">
                <input
                  type="checkbox"
                  checked={step.metricKeys.includes(counter.key)}
                  onChange={(event) => updateStep({ metricKeys: toggle(step.metricKeys, counter.key, event.target.checked) })}
                />
                {counter.label || counter.key}
              </label>
            ))}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={step.metricKeys.includes('dispositions')}
                onChange={(event) => updateStep({ metricKeys: toggle(step.metricKeys, 'dispositions', event.target.checked) })}
              />
              Dispositions (each dial is logged with one)
            </label>
            {step.metricKeys
              .filter((key) => key !== 'dispositions' && !documentation.counters.some((counter) => counter.key === key))
              .map((key) => (
                <p key={key} className="field-error">
                  “{key}” is not a defined counter.{' '}
                  <button type="button" className="button-small" onClick={() => updateStep({ metricKeys: toggle(step.metricKeys, key, false) })}>
                    Remove it
                  </button>
                </p>
              ))}
          </fieldset>
          <DueInField value={step.dueIn} onChange={(dueIn) => updateStep({ dueIn })} error={issue('dueIn')} />
          {(element.type === 'bpmn:UserTask' || element.type === 'bpmn:ManualTask') && (
            <StepAssignmentField
              stepId={selectedId}
              value={step.assignTo}
              onChange={(assignTo) => updateStep({ assignTo })}
              members={members}
              steps={outline.steps.filter((item) => item.kind === 'User task' || item.kind === 'Manual task')}
              errorOf={(path) => issue(`assignTo.${path}`)}
            />
          )}
        </>
      )}

      {element && !isStep && !lane && !isGatewayFlow(element) && (
        <p className="muted">Only steps (tasks, events, gateways, sub-processes) carry instructions. Select one on the diagram.</p>
      )}
    </div>
  );
}
