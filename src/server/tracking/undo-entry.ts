/**
 * What an undo stores: the entry's amounts negated, on the entry's own day, step and dimensions, so its rollups take
 * back exactly what the entry added. The entry itself is never changed. Used by the ingest and the demo's bulk path.
 */
import type { NewTrackedEvent, TrackedEventRecord } from '../../store/repositories/tracked-events.ts';
import { negateCounts } from './dial-counts.ts';

/** The undo event's own fields: who, when, which client id. */
export type UndoBase = Pick<NewTrackedEvent, 'organizationId' | 'teamId' | 'userId' | 'recordedByUserId' | 'clientId' | 'kind' | 'occurredAt' | 'receivedAt' | 'payload'>;

export function undoEntry(base: UndoBase, target: NewTrackedEvent | TrackedEventRecord): NewTrackedEvent {
  // One literal naming every field: spreading objects here cost the ingest microseconds per event.
  return {
    organizationId: base.organizationId,
    teamId: base.teamId,
    userId: base.userId,
    recordedByUserId: base.recordedByUserId,
    clientId: base.clientId,
    kind: base.kind,
    occurredAt: base.occurredAt,
    receivedAt: base.receivedAt,
    payload: base.payload,
    processId: target.processId,
    processVersionId: target.processVersionId,
    runId: target.runId,
    taskId: target.taskId,
    elementId: target.elementId,
    scriptVersionId: target.scriptVersionId,
    list: target.list,
    disposition: target.disposition,
    counter: target.counter,
    counts: negateCounts(target.counts),
    phoneNumber: target.phoneNumber,
    durationSeconds: null,
    sessionClientId: null,
    correctsClientId: target.clientId,
    day: target.day,
  };
}
