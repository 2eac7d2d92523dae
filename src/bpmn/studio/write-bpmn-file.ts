/** Writes a version as a .bpmn file: its diagram with its documentation inside, as Swimlane extension elements. */
import type { ProcessDocumentationShape } from './documentation-shape.ts';
import { embedDocumentation } from './embed-documentation.ts';
import { extractDocumentation } from './extract-documentation.ts';
import { readStudioBpmn, writeBpmn } from './studio-moddle.ts';

export async function writeBpmnFile(xml: string, documentation: ProcessDocumentationShape): Promise<string> {
  const { definitions } = await readStudioBpmn(xml);
  // The stored diagram has none, but documentation inside it would be stale: what is kept beside it is the truth.
  extractDocumentation(definitions);
  embedDocumentation(definitions, documentation);
  return writeBpmn(definitions);
}
