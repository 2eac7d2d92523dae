import { describe, expect, it } from 'vitest';
import { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { pruneDocumentation } from './prune-documentation.ts';

describe('pruneDocumentation', () => {
  it('leaves out roles, steps and tool lanes whose ids are no longer in the diagram', () => {
    // Given documentation for two lanes and two steps, when the XML still has one of each.
    const documentation = ProcessDocumentation.parse({
      roles: [
        { laneId: 'Lane_A', responsibilities: 'kept' },
        { laneId: 'Lane_Gone', responsibilities: 'dropped' },
      ],
      tools: [{ key: 'crm', name: 'CRM', laneIds: ['Lane_A', 'Lane_Gone'] }],
      steps: { Task_A: { instructions: 'kept' }, Task_Gone: { instructions: 'dropped' } },
    });
    const xml = '<lane id="Lane_A" /><userTask id="Task_A" />';

    // Then only what the diagram still has is saved.
    const pruned = pruneDocumentation(documentation, xml);
    expect(pruned.roles.map((role) => role.laneId)).toEqual(['Lane_A']);
    expect(Object.keys(pruned.steps)).toEqual(['Task_A']);
    expect(pruned.tools[0]?.laneIds).toEqual(['Lane_A']);
  });
});
