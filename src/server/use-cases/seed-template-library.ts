/** Gives a new organization's library its templates: the Prospecting dialing process, published as version 1 with its call script. */
import type { Kysely } from 'kysely';
import { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { insertVersion } from '../../store/repositories/process-versions.ts';
import { insertProcess } from '../../store/repositories/processes.ts';
import { insertScript, insertScriptVersion } from '../../store/repositories/scripts.ts';
import type { Database } from '../../store/tables.ts';
import { prospectingDialingTemplate } from '../templates/prospecting-dialing/prospecting-dialing.ts';

/** Runs inside the transaction that creates the organization, so an organization never exists without its library. */
export async function seedTemplateLibrary(db: Kysely<Database>, organizationId: number, ownerUserId: number, now: string): Promise<{ processId: number; scriptId: number }> {
  const template = prospectingDialingTemplate();
  const scriptId = await insertScript(db, { organizationId, teamId: null, name: template.script.name }, now);
  await insertScriptVersion(db, { organizationId, scriptId, number: 1, status: 'published', body: template.script.body, userId: ownerUserId }, now);
  const processId = await insertProcess(db, { organizationId, teamId: null, name: template.name, isTemplate: true }, now);
  const documentation = ProcessDocumentation.parse({ ...template.documentation, scriptIds: [scriptId] });
  await insertVersion(db, { organizationId, processId, number: 1, status: 'published', xml: template.xml, documentation, svg: template.svg, userId: ownerUserId }, now);
  return { processId, scriptId };
}
