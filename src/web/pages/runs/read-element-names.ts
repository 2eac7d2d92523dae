/** The names a BPMN file gives its elements, by id, so a run's tasks and timeline name steps as the diagram does, without loading bpmn-js. */
export function readElementNames(xml: string): Map<string, string> {
  const names = new Map<string, string>();
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  for (const element of document.getElementsByTagName('*')) {
    const id = element.getAttribute('id');
    const name = element.getAttribute('name')?.replace(/\s+/g, ' ').trim();
    if (id && name) names.set(id, name);
  }
  return names;
}
