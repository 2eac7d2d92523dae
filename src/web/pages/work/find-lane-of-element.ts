/** The lane (role) a diagram element sits in, read from the version's BPMN XML: its laneId keys the role's documentation. */

export function findLaneOfElement(xml: string, elementId: string): { id: string; name: string } | null {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  for (const lane of Array.from(document.getElementsByTagNameNS('*', 'lane'))) {
    const holds = Array.from(lane.getElementsByTagNameNS('*', 'flowNodeRef')).some((reference) => reference.textContent?.trim() === elementId);
    if (holds) return { id: lane.getAttribute('id') ?? '', name: lane.getAttribute('name') ?? '' };
  }
  return null;
}
