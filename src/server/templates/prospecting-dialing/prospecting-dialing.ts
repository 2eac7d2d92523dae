/** The Prospecting dialing template, read from the readable files beside this one: its diagram (and its SVG, rendered by scripts/render-template-svgs.ts), its documentation and its call script. */
import { readFileSync } from 'node:fs';
import type { ProcessDocumentationInput } from '../../../api/schemas/process-documentation.ts';
import { prospectingDialingDocumentation } from './prospecting-dialing-documentation.ts';

export interface ProcessTemplate {
  name: string;
  xml: string;
  /** The diagram drawn by bpmn-js, so SVG export works before anyone saves it in the studio. */
  svg: string;
  documentation: Omit<ProcessDocumentationInput, 'scriptIds'>;
  script: { name: string; body: string };
}

let template: ProcessTemplate | undefined;

export function prospectingDialingTemplate(): ProcessTemplate {
  template ??= {
    name: 'Prospecting dialing',
    xml: readFileSync(new URL('./prospecting-dialing.bpmn', import.meta.url), 'utf8'),
    svg: readFileSync(new URL('./prospecting-dialing.svg', import.meta.url), 'utf8'),
    documentation: prospectingDialingDocumentation,
    script: { name: 'Prospecting call script', body: readFileSync(new URL('./call-script.md', import.meta.url), 'utf8') },
  };
  return template;
}
