/** The roles of the process, which are the diagram's lanes: each one's name (renaming it renames the lane) and responsibilities. */
import type { ModelerServices } from './diagram-services.ts';
import type { DocumentationEditing } from './documentation-editing.ts';
import type { LaneInfo } from './read-lanes.ts';
import { RoleEditor } from './role-editor.tsx';
import { PanelSection } from './panel-section.tsx';

export interface RolesSectionProps extends DocumentationEditing {
  lanes: readonly LaneInfo[];
  services: ModelerServices;
}

export function RolesSection({ lanes, services, ...editing }: RolesSectionProps) {
  const participant = services.registry.find((element) => element.type === 'bpmn:Participant');

  function addRole() {
    const lastLane = lanes.at(-1);
    const target = (lastLane ? services.registry.get(lastLane.id) : participant) as Parameters<typeof services.modeling.addLane>[0] | undefined;
    if (!target) return;
    const lane = services.modeling.addLane(target, 'bottom');
    services.modeling.updateLabel(lane, 'New role');
    services.selection.select(lane);
    services.canvas.scrollToElement(lane, 40);
  }

  return (
    <PanelSection title="Roles" count={lanes.length} defaultOpen>
      <p className="field-hint">
        Each role is a lane of the diagram. Renaming a lane on the diagram renames the role, and the other way round.
      </p>
      {lanes.length === 0 && <p className="muted">The diagram has no lanes yet.</p>}
      {lanes.map((lane, index) => (
        <RoleEditor key={lane.id} lane={lane} number={index + 1} services={services} {...editing} />
      ))}
      <button type="button" onClick={addRole} disabled={!participant} aria-describedby={participant ? undefined : 'add-role-hint'}>
        Add a role (lane)
      </button>
      {!participant && (
        <p id="add-role-hint" className="field-hint">
          Draw a pool (participant) on the diagram first: roles are its lanes.
        </p>
      )}
    </PanelSection>
  );
}
