/** The SVG shipped with the Prospecting dialing template is the drawing of its current .bpmn: every diagram element, and nothing else. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readStudioBpmn, type StudioElement } from '../../../bpmn/studio/studio-moddle.ts';

const read = (name: string) => readFile(new URL(`./${name}`, import.meta.url), 'utf8');

describe('the Prospecting dialing SVG', () => {
  it('given the template diagram, then its SVG draws exactly the elements its diagram interchange places (run scripts/render-template-svgs.ts after changing the .bpmn)', async () => {
    const { definitions } = await readStudioBpmn(await read('prospecting-dialing.bpmn'));
    const placed = new Set<string>();
    for (const diagram of (definitions.diagrams ?? []) as StudioElement[]) {
      for (const element of (diagram.plane?.planeElement ?? []) as StudioElement[]) placed.add(element.bpmnElement.id);
    }
    const svg = await read('prospecting-dialing.svg');
    const drawn = new Set([...svg.matchAll(/data-element-id="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !id.endsWith('_label')));
    expect(placed.size).toBeGreaterThan(20);
    expect([...drawn].sort()).toEqual([...placed].sort());
    // Every name in the .bpmn is drawn, so a renamed step shows up here as a failure until the SVG is rendered again.
    const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const drawnText = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => unescape(match[1]!)).join('').replace(/\s+/g, '');
    for (const diagram of (definitions.diagrams ?? []) as StudioElement[]) {
      for (const element of (diagram.plane?.planeElement ?? []) as StudioElement[]) {
        const name = element.bpmnElement.name as string | undefined;
        if (name) expect(drawnText, `the name of ${element.bpmnElement.id}`).toContain(name.replace(/\s+/g, ''));
      }
    }
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});
