/** Gives a diagram without diagram interchange (no shapes) a layout through bpmn-auto-layout, so it can be drawn and edited. */
import { layoutProcess } from 'bpmn-auto-layout';
import { readStudioBpmn, writeBpmn, type StudioElement } from './studio-moddle.ts';

export function hasDiagramInterchange(definitions: StudioElement): boolean {
  return ((definitions.diagrams ?? []) as StudioElement[]).some((diagram) => ((diagram.plane?.planeElement ?? []) as unknown[]).length > 0);
}

/** Returns the same tree when it has a layout, else a laid-out copy (bpmn-auto-layout lays out the first process). */
export async function layoutMissingDiagram(definitions: StudioElement): Promise<{ definitions: StudioElement; laidOut: boolean }> {
  if (hasDiagramInterchange(definitions)) return { definitions, laidOut: false };
  // An empty diagram element would be kept beside the new one.
  const diagrams = definitions.diagrams;
  definitions.diagrams = [];
  try {
    const laidOutXml = await layoutProcess(await writeBpmn(definitions));
    return { definitions: (await readStudioBpmn(laidOutXml)).definitions, laidOut: true };
  } catch (error) {
    definitions.diagrams = diagrams;
    throw error;
  }
}
