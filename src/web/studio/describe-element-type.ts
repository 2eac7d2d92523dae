/** Names a BPMN element type the way people say it: "bpmn:UserTask" -> "User task". */
export function describeElementType(type: string): string {
  const bare = type.replace(/^bpmn:/, '');
  const words = bare.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
