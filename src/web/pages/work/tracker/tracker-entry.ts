/** What the tracker keeps in the browser: each logged entry as the VA sees it, and each request still to send to the server. */
import type { CreateLeadBody, Lead } from '../../../../api/schemas/leads.ts';
import type { RecordEventsBody } from '../../../../api/schemas/tracking.ts';

export type Counts = Record<string, number>;

/** An event as the tracker sends it (the schema's input shape). */
export type OutgoingEvent = RecordEventsBody['events'][number];

/** queued: not yet on the server; synced: stored there (or found there already); rejected: the server refused it. */
export type EntryStatus = 'queued' | 'synced' | 'rejected';

/** One line of the tracker's log: a dial, an undo or a calling-session change, with what it adds to the counters. */
export interface LoggedEntry {
  clientId: string;
  userId: number;
  teamId: number;
  taskId: number;
  kind: 'dial' | 'undo' | 'session';
  /** The disposition key of a dial; the session change ('sessionStarted', ...) of a session entry. */
  what: string;
  label: string;
  phoneNumber: string | null;
  /** ISO-8601, by the browser's clock. */
  occurredAt: string;
  /** What it adds to the counters (negative for an undo). */
  counts: Counts;
  /** The calling session it was logged in, if any. */
  sessionId: string | null;
  /** An undo: the entry it takes back. */
  correctsClientId: string | null;
  /** A dial taken back: the undo's client id. */
  undoneBy: string | null;
  status: EntryStatus;
  /** When the server confirmed it (ms since epoch, the browser's clock). */
  syncedAt: number | null;
  /** Why the server refused it. */
  reason: string | null;
  /** A note shown beside it, e.g. the callback time or the lead's name. */
  note: string | null;
  /** A lead disposition: the hand-off's client id, and its result once sent. */
  leadClientId: string | null;
  lead: Pick<Lead, 'id' | 'runId'> | null;
}

/** A request waiting in the outbox: one tracked event (sent in batches) or one lead hand-off. */
export type OutboxItem =
  | { clientId: string; userId: number; seq: number; kind: 'event'; event: OutgoingEvent; attempts: number }
  | { clientId: string; userId: number; seq: number; kind: 'lead'; lead: CreateLeadBody; attempts: number };
