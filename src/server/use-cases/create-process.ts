/** Creates a process in a team or the library, starting from a diagram with one lane per role, as draft version 1. */
import type { Kysely } from 'kysely';
import { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { createStarterDiagram } from '../../bpmn/studio/create-starter-diagram.ts';
import { insertVersion } from '../../store/repositories/process-versions.ts';
import { insertProcess } from '../../store/repositories/processes.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { findVisibleTeam } from './find-visible-team.ts';
import { recordAudit } from './record-audit.ts';

export async function createProcess(
  db: Kysely<Database>,
  principal: Principal,
  input: { name: string; teamId: number | null; isTemplate: boolean; roles: string[] },
): Promise<number> {
  if (input.teamId !== null) await findVisibleTeam(db, principal, input.teamId);
  const xml = await createStarterDiagram({ name: input.name, roles: input.roles });
  // The starter diagram names its lanes Lane_1, Lane_2, ... in the order of the roles.
  const documentation = ProcessDocumentation.parse({ roles: input.roles.map((_, index) => ({ laneId: `Lane_${index + 1}` })) });
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const processId = await insertProcess(trx, { organizationId: principal.organizationId, teamId: input.teamId, name: input.name, isTemplate: input.isTemplate }, now);
    await insertVersion(trx, { organizationId: principal.organizationId, processId, number: 1, status: 'draft', xml, documentation, svg: null, userId: principal.userId }, now);
    await recordAudit(trx, principal, 'process.created', { type: 'process', id: processId }, { name: input.name, teamId: input.teamId, isTemplate: input.isTemplate });
    return processId;
  });
}
