/** A tracked event to store, built the one way the ingest's hot path can afford. */
import type { NewTrackedEvent } from '../../store/repositories/tracked-events.ts';

/** The event's own fields: who, when, which client id, what kind. */
export type EventBase = Pick<NewTrackedEvent, 'organizationId' | 'teamId' | 'userId' | 'recordedByUserId' | 'clientId' | 'kind' | 'occurredAt' | 'receivedAt' | 'payload'>;

/**
 * The event as one object literal that names every field. Spreading `base` into a literal and adding the other fifteen
 * fields after it made V8 take microseconds per event (about a tenth of a batch's CPU), a plain literal next to nothing.
 */
export function newTrackedEvent(base: EventBase, details: Omit<NewTrackedEvent, keyof EventBase>): NewTrackedEvent {
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
    processId: details.processId,
    processVersionId: details.processVersionId,
    runId: details.runId,
    taskId: details.taskId,
    elementId: details.elementId,
    scriptVersionId: details.scriptVersionId,
    list: details.list,
    disposition: details.disposition,
    counter: details.counter,
    counts: details.counts,
    phoneNumber: details.phoneNumber,
    durationSeconds: details.durationSeconds,
    sessionClientId: details.sessionClientId,
    correctsClientId: details.correctsClientId,
    day: details.day,
  };
}

