/** Test factory: a team's process with a published version, written straight to the store (no modeler needed). */
import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { ProcessDocumentation, type ProcessDocumentationInput } from '../../src/api/schemas/process-documentation.ts';
import { insertVersion, nextVersionNumber } from '../../src/store/repositories/process-versions.ts';
import { insertProcess } from '../../src/store/repositories/processes.ts';
import type { Database } from '../../src/store/tables.ts';

/** The engine's worked example, prospecting.bpmn (lanes Agent, Virtual professional, Team lead; a one-hour follow-up timer). */
export function readProspectingBpmn(): Promise<string> {
  return readFile(new URL('../../src/engine/fixtures/prospecting.bpmn', import.meta.url), 'utf8');
}

export interface PublishedTestProcess {
  processId: number;
  versionId: number;
  number: number;
}

export async function publishTestProcess(
  db: Kysely<Database>,
  input: { organizationId: number; teamId: number; name?: string; xml: string; documentation?: ProcessDocumentationInput; userId?: number | null },
): Promise<PublishedTestProcess> {
  const now = new Date().toISOString();
  const processId = await insertProcess(db, { organizationId: input.organizationId, teamId: input.teamId, name: input.name ?? 'Test process', isTemplate: false }, now);
  return publishTestVersion(db, { organizationId: input.organizationId, processId, xml: input.xml, documentation: input.documentation, userId: input.userId });
}

/** The next published version of an existing process. */
export async function publishTestVersion(
  db: Kysely<Database>,
  input: { organizationId: number; processId: number; xml: string; documentation?: ProcessDocumentationInput | undefined; userId?: number | null | undefined },
): Promise<PublishedTestProcess> {
  const number = await nextVersionNumber(db, input.processId);
  const versionId = await insertVersion(
    db,
    {
      organizationId: input.organizationId,
      processId: input.processId,
      number,
      status: 'published',
      xml: input.xml,
      documentation: ProcessDocumentation.parse(input.documentation ?? {}),
      svg: null,
      userId: input.userId ?? null,
    },
    new Date().toISOString(),
  );
  return { processId: input.processId, versionId, number };
}
