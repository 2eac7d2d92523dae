/**
 * Edits a sequence flow leaving an exclusive or inclusive gateway: its FEEL condition (checked live with the server's
 * rule) and whether it is the gateway's default flow. Changes go through bpmn-js's modeling commands, so undo and redo
 * include them.
 */
import { useEffect, useId, useState } from 'react';
import type { DiagramElement, ModelerServices } from './diagram-services.ts';
import { useConditionCheck } from './use-condition-check.ts';

interface FlowBusinessObject {
  id: string;
  conditionExpression?: { body?: string } | undefined;
  sourceRef?: { $type: string; id: string; name?: string; default?: FlowBusinessObject | undefined } | undefined;
}

const DECIDING_GATEWAYS = ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway'];

/** Whether the element is a flow whose condition decides at a gateway, so this editor applies. */
export function isGatewayFlow(element: DiagramElement | undefined): boolean {
  if (element?.type !== 'bpmn:SequenceFlow') return false;
  const source = (element.businessObject as FlowBusinessObject).sourceRef;
  return Boolean(source && DECIDING_GATEWAYS.includes(source.$type));
}

export interface ConditionEditorProps {
  services: ModelerServices;
  flow: DiagramElement;
  /** Changes with every diagram edit (undo and redo included), so the fields show the model as it is. */
  changeCount: number;
}

export function ConditionEditor({ services, flow, changeCount }: ConditionEditorProps) {
  const id = useId();
  const business = flow.businessObject as FlowBusinessObject;
  const gateway = business.sourceRef!;
  const stored = business.conditionExpression?.body ?? '';
  const isDefault = gateway.default === business;
  const [text, setText] = useState(stored);
  // Undo, redo or another edit of the flow shows here at once.
  useEffect(() => setText(stored), [stored, flow.id, changeCount]);
  const check = useConditionCheck(text);
  const gatewayName = gateway.name?.trim() || 'the gateway';

  function commit() {
    const body = text.trim();
    if (body === stored.trim()) return;
    const conditionExpression = body ? services.bpmnFactory.create('bpmn:FormalExpression', { body }) : undefined;
    services.modeling.updateProperties(flow, { conditionExpression });
  }

  function setDefault(on: boolean) {
    const source = (flow as DiagramElement & { source?: DiagramElement }).source;
    if (!source) return;
    services.modeling.updateProperties(source, { default: on ? business : undefined });
  }

  const hintId = `${id}-hint`;
  const checkId = `${id}-check`;
  return (
    <div className="condition-editor">
      <div className="field">
        <label htmlFor={id}>Condition (FEEL)</label>
        <p id={hintId} className="field-hint">
          When this path is taken after “{gatewayName}”, e.g. <code>leadFound = true</code> or <code>dials &gt;= 50</code>. Press Enter or leave the field to apply.
        </p>
        <input
          id={id}
          type="text"
          className="code-input"
          value={text}
          maxLength={10_000}
          spellCheck={false}
          aria-describedby={`${hintId} ${checkId}`}
          aria-invalid={check.state === 'invalid'}
          onChange={(event) => setText(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            }
          }}
        />
        <p id={checkId} className={check.state === 'invalid' ? 'field-error' : 'field-hint'} aria-live="polite">
          {check.state === 'invalid'
            ? check.message
            : check.state === 'valid'
              ? 'Valid FEEL.'
              : check.state === 'checking'
                ? 'Checking…'
                : check.state === 'empty'
                  ? isDefault
                    ? 'No condition needed: this is the default flow.'
                    : `Without a condition, make this the default flow of “${gatewayName}”.`
                  : ''}
        </p>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={isDefault} onChange={(event) => setDefault(event.target.checked)} />
        Default flow of “{gatewayName}” (taken when no other condition holds)
      </label>
    </div>
  );
}
