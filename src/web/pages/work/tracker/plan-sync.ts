/** The outbox's sending rules as pure functions: what goes in the next request, what the server's answer settles, and how long to wait after a failure. */
import type { ApiError } from '../../../../api/client.ts';
import { MAX_EVENTS_PER_BATCH, type RecordEventsResult } from '../../../../api/schemas/tracking.ts';
import type { OutboxItem } from './tracker-entry.ts';

export type EventItem = Extract<OutboxItem, { kind: 'event' }>;
export type LeadItem = Extract<OutboxItem, { kind: 'lead' }>;

/** A queued item the server answered for: stored (now or before: a duplicate), or refused for good. */
export interface Settlement {
  clientId: string;
  status: 'synced' | 'rejected';
  reason: string | null;
}

/** The oldest events first, at most one batch of them, and the lead hand-offs, each its own request. */
export function planBatch(items: readonly OutboxItem[], max = MAX_EVENTS_PER_BATCH): { events: EventItem[]; leads: LeadItem[] } {
  const ordered = [...items].sort((a, b) => a.seq - b.seq);
  return {
    events: ordered.filter((item): item is EventItem => item.kind === 'event').slice(0, max),
    leads: ordered.filter((item): item is LeadItem => item.kind === 'lead'),
  };
}

/** accepted and duplicate both mean the server has it (a retry never counts twice); rejected is final. */
export function settleEventResults(sent: readonly EventItem[], result: RecordEventsResult): Settlement[] {
  const byClientId = new Map(result.results.map((entry) => [entry.clientId.toLowerCase(), entry]));
  return sent.flatMap((item) => {
    const answer = byClientId.get(item.clientId.toLowerCase());
    if (!answer) return [];
    return [{ clientId: item.clientId, status: answer.status === 'rejected' ? 'rejected' : 'synced', reason: answer.status === 'rejected' ? (answer.reason ?? answer.code ?? 'Refused by the server.') : null }];
  });
}

/**
 * What a failed request means for what it carried: null to keep all of it queued and try again later (offline, the
 * server down or busy, the session expired), else the items refused for good (a bad event, something deleted).
 */
export function settleFailure(sent: readonly OutboxItem[], error: Pick<ApiError, 'status' | 'message' | 'field'>): Settlement[] | null {
  if (error.status === 0 || error.status === 401 || error.status === 403 || error.status === 408 || error.status === 429 || error.status >= 500) return null;
  // A whole batch is refused for one malformed event, which the field names (events.3.phoneNumber): refuse that one only.
  const index = /^events\.(\d+)\b/.exec(error.field ?? '')?.[1];
  if (index !== undefined && sent[Number(index)]) {
    return [{ clientId: sent[Number(index)]!.clientId, status: 'rejected', reason: error.message }];
  }
  return sent.map((item) => ({ clientId: item.clientId, status: 'rejected', reason: error.message }));
}

/** Exponential back-off from 1 s to 60 s, with up to 20 % of jitter (random in [0, 1)) so many browsers do not retry at once. */
export function retryDelayMs(failures: number, random = 0): number {
  const base = Math.min(60_000, 1000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (1 + 0.2 * random));
}
