/** One role: its name, kept in the diagram as the lane's name, and its responsibilities and task assignment, kept in the documentation. */
import type { RoleAssignment } from '../../api/schemas/process-documentation.ts';
import { MarkdownField } from '../components/markdown-field.tsx';
import { CommitTextField } from './commit-text-field.tsx';
import { elementById, type ModelerServices } from './diagram-services.ts';
import type { DocumentationEditing } from './documentation-editing.ts';
import type { LaneInfo } from './read-lanes.ts';
import { RoleAssignmentField } from './role-assignment-field.tsx';
import { useAssignableMembers } from './use-assignable-members.ts';

export interface RoleEditorProps extends DocumentationEditing {
  lane: LaneInfo;
  number: number;
  services: ModelerServices;
}

export function RoleEditor({ lane, number, services, documentation, onChange, issues }: RoleEditorProps) {
  const index = documentation.roles.findIndex((role) => role.laneId === lane.id);
  const responsibilities = index >= 0 ? (documentation.roles[index]?.responsibilities ?? '') : '';
  const title = lane.name || `Role ${number} (unnamed)`;
  const members = useAssignableMembers();

  function rename(name: string) {
    const shape = elementById(services.registry, lane.id);
    if (shape) services.modeling.updateLabel(shape, name);
  }

  function setAssignment(assignment: RoleAssignment | undefined) {
    onChange((current) => {
      const exists = current.roles.some((role) => role.laneId === lane.id);
      const roles = exists
        ? current.roles.map((role) => (role.laneId === lane.id ? { ...role, assignment } : role))
        : [...current.roles, { laneId: lane.id, responsibilities: '', assignment }];
      return { ...current, roles };
    });
  }

  function setResponsibilities(text: string) {
    onChange((current) => {
      const exists = current.roles.some((role) => role.laneId === lane.id);
      const roles = exists
        ? current.roles.map((role) => (role.laneId === lane.id ? { ...role, responsibilities: text } : role))
        : [...current.roles, { laneId: lane.id, responsibilities: text }];
      return { ...current, roles };
    });
  }

  return (
    <fieldset className="doc-item">
      <legend>{title}</legend>
      <CommitTextField label="Role name" value={lane.name} onCommit={rename} required />
      <MarkdownField
        label="Responsibilities"
        rows={3}
        value={responsibilities}
        onChange={setResponsibilities}
        error={index >= 0 ? issues.get(`roles.${index}.responsibilities`) : undefined}
      />
      <RoleAssignmentField
        roleName={lane.name}
        value={index >= 0 ? documentation.roles[index]?.assignment : undefined}
        onChange={setAssignment}
        members={members}
        errorOf={(path) => (index >= 0 ? issues.get(`roles.${index}.assignment.${path}`) : undefined)}
      />
    </fieldset>
  );
}
