/**
 * A dial whose disposition counts as a callback and carries `payload.callbackAt` (an ISO-8601 instant) starts a run of
 * its process at the `CallbackRequested` message start event, in the transaction that inserts the dial: the run is
 * started by the dial's VA, so a step assigned to "whoever started the run" (the template's "Call back", due at
 * `callbackAt` through its boundary timer) lands in their Work list at once. Only dials inserted now start one, so a
 * retried or duplicated batch, the tracker, POST /api/events and a call-log import all start exactly one run per dial.
 *
 * A callback time already past is accepted: the task is due at once (Overdue in the Work list, and `task.overdue`
 * fires), since the VA still owes the call, e.g. when an offline tracker syncs late. A time more than
 * MAX_CALLBACK_DAYS_AHEAD ahead, or text that is no instant with its zone, rejects that dial (field `payload.callbackAt`).
 * A process without the start event (or retired, or without a runnable published version) keeps the dial without a run.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Variables } from '../../api/schemas/runs.ts';
import { findProcessToRun, findVersionToRun } from '../../store/repositories/runnable-versions.ts';
import type { NewTrackedEvent } from '../../store/repositories/tracked-events.ts';
import type { Database } from '../../store/tables.ts';
import { beginRun } from '../runner/begin-run.ts';
import type { Runner } from '../runner/runner.ts';

/** The message start event a logged callback starts a run at. */
export const CALLBACK_REQUESTED_MESSAGE = 'CallbackRequested';
/** The disposition outcome that asks for a callback. */
const CALLBACK_OUTCOME = 'callback';
/** How far ahead a callback may be asked for; further is taken for a mistyped year. */
export const MAX_CALLBACK_DAYS_AHEAD = 366;
const MAX_NOTE_LENGTH = 1000;

const Instant = z.iso.datetime({ offset: true });

export interface CallbackProblem {
  code: 'INVALID_CALLBACK';
  field: string;
  reason: string;
}

type CallbackEvent = Pick<NewTrackedEvent, 'kind' | 'counts' | 'payload'>;

/** Whether a dial asks for a callback at a time: a callback disposition with `payload.callbackAt` set. */
function isCallbackRequest(event: CallbackEvent): boolean {
  return event.kind === 'dial' && (event.counts[CALLBACK_OUTCOME] ?? 0) > 0 && event.payload !== null && event.payload.callbackAt != null;
}

/** What is wrong with a dial's callback request, or undefined (also for any event that asks for none). No database read. */
export function findCallbackProblem(event: CallbackEvent, receivedAt: string): CallbackProblem | undefined {
  if (!isCallbackRequest(event)) return undefined;
  const { callbackAt, callbackNote } = event.payload!;
  if (typeof callbackAt !== 'string' || !Instant.safeParse(callbackAt).success) {
    return problem('payload.callbackAt', 'payload.callbackAt must be an ISO-8601 date and time with its offset, such as 2025-03-09T16:30:00-05:00.');
  }
  if (Date.parse(callbackAt) > Date.parse(receivedAt) + MAX_CALLBACK_DAYS_AHEAD * 86_400_000) {
    return problem('payload.callbackAt', `payload.callbackAt is more than ${MAX_CALLBACK_DAYS_AHEAD} days ahead: check the year.`);
  }
  if (callbackNote != null && (typeof callbackNote !== 'string' || callbackNote.length > MAX_NOTE_LENGTH)) {
    return problem('payload.callbackNote', `payload.callbackNote must be text of at most ${MAX_NOTE_LENGTH} characters.`);
  }
  return undefined;
}

function problem(field: string, reason: string): CallbackProblem {
  return { code: 'INVALID_CALLBACK', field, reason };
}

/**
 * Starts the callback runs of the dials just inserted (checked by findCallbackProblem before), in the caller's
 * transaction; costs nothing (no query) when none of the events asks for a callback.
 */
export async function scheduleCallbacks(trx: Kysely<Database>, runner: Runner, events: readonly NewTrackedEvent[], inserted: ReadonlySet<string>): Promise<void> {
  const requests = events.filter((event) => inserted.has(event.clientId) && isCallbackRequest(event));
  if (requests.length === 0) return;
  const starts = new Map<number, Promise<CallbackStart | null>>();
  for (const event of requests) {
    let start = starts.get(event.processId!);
    if (!start) {
      start = findCallbackStart(trx, runner, event.organizationId, event.processId!);
      starts.set(event.processId!, start);
    }
    const found = await start;
    if (!found) continue;
    await beginRun(
      trx,
      runner,
      {
        organizationId: event.organizationId,
        teamId: found.teamId,
        processId: event.processId!,
        processVersionId: found.processVersionId,
        businessKey: event.phoneNumber,
        startedByUserId: event.userId,
        variables: callbackVariables(event),
        startEventId: found.startEventId,
      },
      event.receivedAt,
    );
  }
}

interface CallbackStart {
  teamId: number;
  processVersionId: number;
  startEventId: string;
}

/** The process's latest published version and its callback start event, or null when a callback starts nothing there. */
async function findCallbackStart(trx: Kysely<Database>, runner: Runner, organizationId: number, processId: number): Promise<CallbackStart | null> {
  const process = await findProcessToRun(trx, organizationId, processId);
  if (!process || process.retired || process.teamId === null) return null;
  const version = await findVersionToRun(trx, organizationId, processId);
  if (!version) return null;
  const runnable = await runner.versions.get(trx, version.id).catch((error: unknown) => {
    // Publishing checks a version reads; should one not, the dials are still kept, without their callback runs.
    runner.log.warn({ err: error, processId, versionId: version.id }, 'a callback starts no run: the published version cannot be read');
    return null;
  });
  if (!runnable) return null;
  const startEventId = runnable.process.messageStartEventIds[CALLBACK_REQUESTED_MESSAGE];
  if (!startEventId || runnable.unsupported.length > 0) return null;
  return { teamId: process.teamId, processVersionId: version.id, startEventId };
}

/** What the callback's run knows: when (UTC), whom to call, the VA's note, and where the dial was logged. */
function callbackVariables(event: NewTrackedEvent): Variables {
  const note = event.payload!.callbackNote;
  return {
    callbackAt: new Date(event.payload!.callbackAt as string).toISOString(),
    callbackPhone: event.phoneNumber,
    callbackNote: typeof note === 'string' && note.trim() ? note.trim() : null,
    sourceTaskId: event.taskId,
    list: event.list,
    dialClientId: event.clientId,
  };
}
