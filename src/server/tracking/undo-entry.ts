/**
 * What an undo stores: the entry's amounts negated, on the entry's own day, step and dimensions, so its rollups take
 * back exactly what the entry added. The entry itself is never changed. Used by the ingest and the demo's bulk path.
 */
import type { NewTrackedEvent, TrackedEventRecord } from '../../store/repositories/tracked-events.ts';
import { negateCounts } from './dial-counts.ts';
import { newTrackedEvent, type EventBase } from './new-tracked-event.ts';

export function undoEntry(base: EventBase, target: NewTrackedEvent | TrackedEventRecord): NewTrackedEvent {
  return newTrackedEvent(base, {
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
  });
}
