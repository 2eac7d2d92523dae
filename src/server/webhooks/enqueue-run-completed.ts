/** Writes run.completed to the webhook outbox in the transaction of the command that completed the run. */
import type { Kysely } from 'kysely';
import type { RunState } from '../../engine/index.ts';
import type { Database } from '../../store/tables.ts';
import type { RunnableVersion } from '../runner/runnable-version-cache.ts';
import { enqueueWebhookEvent } from './enqueue-webhook-event.ts';

export async function enqueueRunCompleted(
  trx: Kysely<Database>,
  run: { runId: number; organizationId: number; teamId: number },
  version: RunnableVersion,
  finalState: RunState,
  now: string,
): Promise<void> {
  await enqueueWebhookEvent(
    trx,
    {
      organizationId: run.organizationId,
      eventType: 'run.completed',
      payload: { run: { id: run.runId, teamId: run.teamId, processId: version.processId, version: version.number, status: finalState.status, endedAt: now, variables: finalState.variables } },
    },
    now,
  );
}
