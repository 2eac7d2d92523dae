/** Checks the diagram a modeler saves is BPMN with a process, and takes out any Swimlane documentation inside it (what is saved beside it wins). */
import { extractDocumentation } from './extract-documentation.ts';
import { NotBpmnError, readStudioBpmn, rootElementsOf, writeBpmn } from './studio-moddle.ts';

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const SWIMLANE_ELEMENT = /<[\w.-]+:(processDocumentation|stepDocumentation)\b/;

/** The XML to keep: as sent when it holds no documentation (so the modeler's text stays as it wrote it), else rewritten without it. */
export async function readDraftXml(xml: string): Promise<string> {
  if (CONTROL_CHARACTERS.test(xml)) throw new NotBpmnError('The diagram holds control characters that XML does not allow.');
  const { definitions } = await readStudioBpmn(xml);
  if (rootElementsOf(definitions, 'bpmn:Process').length === 0) throw new NotBpmnError('The diagram contains no process.');
  if (!SWIMLANE_ELEMENT.test(xml)) return xml;
  extractDocumentation(definitions);
  return writeBpmn(definitions);
}
