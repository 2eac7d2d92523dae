/**
 * Imports a dialer's call log: every row the mapping reads becomes a dial recorded through the same use-case as
 * POST /api/events (rules, rollups, idempotency by client id), in batches; the answer reports each row as imported,
 * a duplicate (its derived id was recorded before: an earlier upload, or the same row twice) or rejected with why.
 */
import type { Kysely } from 'kysely';
import type { CallLogImportResult, ImportedRow } from '../../api/schemas/call-log-import.ts';
import { MAX_EVENTS_PER_BATCH, TrackedEventInput } from '../../api/schemas/tracking.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import type { Runner } from '../runner/runner.ts';
import { readCallLog, type CallLogInput } from './read-call-log.ts';
import { recordTrackedEvents } from './record-tracked-events.ts';

/** `runner` starts the callback runs of callback rows, as POST /api/events does (see schedule-callbacks.ts). */
export async function importCallLog(db: Kysely<Database>, principal: Principal, input: CallLogInput, now = new Date(), runner?: Runner): Promise<CallLogImportResult> {
  const log = await readCallLog(db, principal, input, now);
  const rows: ImportedRow[] = [];
  const pending: Array<{ position: number; event: TrackedEventInput }> = [];
  for (const record of log.records) {
    const { dial, problems } = log.mapRow(record);
    if (!dial) {
      rows.push({ row: record.row, clientId: null, status: 'rejected', code: 'INVALID_ROW', field: problems[0]!.field, reason: problems.map((problem) => `${problem.field} ${problem.message}`).join('; ') });
      continue;
    }
    // The same schema as POST /api/events, so a value it would refuse (a control character in a list name) rejects this row only.
    const parsed = TrackedEventInput.safeParse({
      kind: 'dial',
      clientId: dial.clientId,
      teamId: input.teamId,
      processId: input.processId,
      userId: dial.userId,
      occurredAt: dial.occurredAt,
      disposition: dial.disposition,
      ...(dial.phoneNumber !== null && { phoneNumber: dial.phoneNumber }),
      ...(dial.durationSeconds !== null && { durationSeconds: dial.durationSeconds }),
      ...(dial.list !== null && { list: dial.list }),
      // A callback row's time starts its callback run, as the tracker's does (see schedule-callbacks.ts).
      payload: { importedFrom: 'callLog', row: record.row, ...(dial.callbackAt !== null && { callbackAt: dial.callbackAt }) },
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.') || 'row';
      rows.push({ row: record.row, clientId: dial.clientId, status: 'rejected', code: 'INVALID_ROW', field, reason: `${field} ${issue.message}` });
      continue;
    }
    rows.push({ row: record.row, clientId: dial.clientId, status: 'imported' });
    pending.push({ position: rows.length - 1, event: parsed.data });
  }
  for (let start = 0; start < pending.length; start += MAX_EVENTS_PER_BATCH) {
    const batch = pending.slice(start, start + MAX_EVENTS_PER_BATCH);
    const recorded = await recordTrackedEvents(db, principal, batch.map(({ event }) => event), now, runner);
    recorded.results.forEach((result, offset) => {
      const row = rows[batch[offset]!.position]!;
      if (result.status === 'duplicate') row.status = 'duplicate';
      else if (result.status === 'rejected') Object.assign(row, { status: 'rejected', code: result.code, field: result.field, reason: result.reason });
    });
  }
  return {
    imported: rows.filter((row) => row.status === 'imported').length,
    duplicates: rows.filter((row) => row.status === 'duplicate').length,
    rejected: rows.filter((row) => row.status === 'rejected').length,
    rows,
  };
}
