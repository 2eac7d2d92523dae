/**
 * Sends the outbox to the server: the oldest events in batches, then the lead hand-offs, one sync at a time. A failure
 * that may pass (offline, the server down, the session expired) keeps everything queued and retries with back-off, at
 * once when the browser comes back online; the server de-duplicates by client id, so a retry never counts twice.
 */
import type { ApiError } from '../../../../api/client.ts';
import type { CreateLeadBody, Lead } from '../../../../api/schemas/leads.ts';
import type { RecordEventsBody, RecordEventsResult } from '../../../../api/schemas/tracking.ts';
import { toApiError } from '../../../hooks/to-api-error.ts';
import { planBatch, retryDelayMs, settleEventResults, settleFailure } from './plan-sync.ts';
import { countAttempt, listOutbox, settleItems, type TrackerDb } from './tracker-store.ts';

export interface SyncState {
  /** Items still in the outbox. */
  pending: number;
  syncing: boolean;
  /** Why the last attempt failed, while items wait for a retry. */
  error: ApiError | null;
  nextRetryAt: number | null;
}

export interface OutboxSender {
  recordEvents: (body: RecordEventsBody) => Promise<RecordEventsResult>;
  handOffLead: (body: CreateLeadBody) => Promise<Lead>;
}

export interface OutboxSync {
  /** Sends what is queued now (or as soon as the sync under way ends). */
  trigger: () => void;
  stop: () => void;
}

export function startOutboxSync(db: TrackerDb, userId: number, sender: OutboxSender, onChange: (state: SyncState, settled: boolean) => void): OutboxSync {
  let running = false;
  let again = false;
  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let error: ApiError | null = null;

  async function report(syncing: boolean, settled: boolean, nextRetryAt: number | null = null) {
    const pending = (await listOutbox(db, userId)).length;
    if (!stopped) onChange({ pending, syncing, error, nextRetryAt }, settled);
  }

  /** One request round; true when it failed in a way worth retrying. */
  async function sendOnce(): Promise<{ failed: boolean; more: boolean }> {
    const items = await listOutbox(db, userId);
    const { events, leads } = planBatch(items);
    if (events.length > 0) {
      try {
        const result = await sender.recordEvents({ events: events.map((item) => item.event) });
        await settleItems(db, settleEventResults(events, result), Date.now());
      } catch (caught) {
        const apiError = toApiError(caught);
        const settled = settleFailure(events, apiError);
        if (!settled) {
          error = apiError;
          await countAttempt(db, events.map((item) => item.clientId));
          return { failed: true, more: true };
        }
        await settleItems(db, settled, Date.now());
      }
      await report(true, true);
    }
    for (const item of leads) {
      try {
        const lead = await sender.handOffLead(item.lead);
        await settleItems(db, [{ clientId: item.clientId, status: 'synced', reason: null }], Date.now(), new Map([[item.clientId, { id: lead.id, runId: lead.runId }]]));
      } catch (caught) {
        const apiError = toApiError(caught);
        const settled = settleFailure([item], apiError);
        if (!settled) {
          error = apiError;
          await countAttempt(db, [item.clientId]);
          return { failed: true, more: true };
        }
        await settleItems(db, settled, Date.now());
      }
      await report(true, true);
    }
    return { failed: false, more: items.length > events.length + leads.length };
  }

  async function run() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    await report(true, false);
    let failed = false;
    try {
      do {
        again = false;
        const outcome = await sendOnce();
        failed = outcome.failed;
        if (failed) break;
        again ||= outcome.more;
      } while (again && !stopped);
    } catch (caught) {
      // IndexedDB itself failed (storage full, private mode): say so and try again later.
      error = toApiError(caught);
      failed = true;
    }
    running = false;
    if (failed) {
      failures += 1;
      const delay = retryDelayMs(failures, Math.random());
      timer = setTimeout(() => void run(), delay);
      await report(false, false, Date.now() + delay);
    } else {
      failures = 0;
      error = null;
      await report(false, false);
    }
  }

  const online = () => {
    failures = 0;
    void run();
  };
  window.addEventListener('online', online);
  void run();

  return {
    trigger: () => void run(),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', online);
    },
  };
}
