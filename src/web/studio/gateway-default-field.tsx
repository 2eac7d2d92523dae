/** Chooses which outgoing flow of an exclusive or inclusive gateway is its default (taken when no condition holds), through bpmn-js's modeling so undo covers it. */
import type { DiagramElement, ModelerServices } from './diagram-services.ts';
import { SelectField } from '../components/select-field.tsx';

interface Named {
  id: string;
  name?: string;
}

type Connection = DiagramElement & { businessObject: Named & { targetRef?: Named } };

export function isDecidingGateway(element: DiagramElement | undefined): boolean {
  return element?.type === 'bpmn:ExclusiveGateway' || element?.type === 'bpmn:InclusiveGateway';
}

export function GatewayDefaultField({ services, gateway }: { services: ModelerServices; gateway: DiagramElement }) {
  const outgoing = (((gateway as unknown as { outgoing?: Connection[] }).outgoing ?? []) as Connection[]).filter((flow) => flow.type === 'bpmn:SequenceFlow');
  const current = (gateway.businessObject as { default?: Named }).default;
  if (outgoing.length < 2) return null;
  const describe = (flow: Connection) =>
    flow.businessObject.name?.trim() || `to ${flow.businessObject.targetRef?.name?.trim() || flow.businessObject.targetRef?.id || flow.id}`;
  return (
    <SelectField
      label="Default flow"
      name="default-flow"
      hint="Taken when no condition of the other flows holds. Select a flow on the diagram to edit its condition."
      value={current?.id ?? ''}
      onChange={(event) => {
        const chosen = outgoing.find((flow) => flow.id === event.target.value);
        services.modeling.updateProperties(gateway, { default: chosen ? chosen.businessObject : undefined });
      }}
    >
      <option value="">None</option>
      {outgoing.map((flow) => (
        <option key={flow.id} value={flow.id}>
          {describe(flow)}
        </option>
      ))}
    </SelectField>
  );
}
