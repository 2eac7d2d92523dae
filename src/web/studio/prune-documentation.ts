/** Leaves out the documentation of roles and steps whose lane or element is no longer in the diagram, before it is saved. */
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';

export function pruneDocumentation(documentation: ProcessDocumentation, xml: string): ProcessDocumentation {
  // The saved XML is the truth about which ids exist, including elements the canvas does not draw.
  const ids = new Set([...xml.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  const roles = documentation.roles.filter((role) => ids.has(role.laneId));
  const steps = Object.fromEntries(Object.entries(documentation.steps).filter(([id]) => ids.has(id)));
  const tools = documentation.tools.map((tool) => ({ ...tool, laneIds: tool.laneIds.filter((laneId) => ids.has(laneId)) }));
  return { ...documentation, roles, steps, tools };
}
