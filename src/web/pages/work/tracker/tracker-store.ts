/**
 * The tracker's IndexedDB database (through `idb`, a small promise wrapper): the log of entries and the outbox of
 * requests still to send. An entry and its outbox item are written in one transaction, so a closed tab never leaves
 * one without the other; the server's answer settles both, again in one transaction.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Lead } from '../../../../api/schemas/leads.ts';
import type { Settlement } from './plan-sync.ts';
import type { LoggedEntry, OutboxItem } from './tracker-entry.ts';

interface TrackerSchema extends DBSchema {
  entries: { key: string; value: LoggedEntry; indexes: { byTask: [number, number]; byLead: string } };
  outbox: { key: string; value: OutboxItem; indexes: { byUser: number } };
}

export type TrackerDb = IDBPDatabase<TrackerSchema>;

let opened: Promise<TrackerDb> | undefined;

export function openTrackerDb(): Promise<TrackerDb> {
  opened ??= openDB<TrackerSchema>('swimlane-tracker', 1, {
    upgrade(db) {
      const entries = db.createObjectStore('entries', { keyPath: 'clientId' });
      entries.createIndex('byTask', ['userId', 'taskId']);
      // Entries without a lead (null) are simply not in this index.
      entries.createIndex('byLead', 'leadClientId');
      db.createObjectStore('outbox', { keyPath: 'clientId' }).createIndex('byUser', 'userId');
    },
  });
  return opened;
}

/** An earlier entry this one changes: a dial marked undone by the undo that takes it back. */
export interface EntryMark {
  clientId: string;
  undoneBy: string;
}

/**
 * Logs entries and queues their requests together. A mark is applied to the entry as it is stored now, inside the same
 * transaction, never to the copy the page held when the key was pressed: the sync may have settled that entry since.
 */
export async function logEntries(db: TrackerDb, entries: readonly LoggedEntry[], items: readonly OutboxItem[], marks: readonly EntryMark[] = []): Promise<void> {
  const transaction = db.transaction(['entries', 'outbox'], 'readwrite');
  const store = transaction.objectStore('entries');
  for (const entry of entries) void store.put(entry);
  for (const item of items) void transaction.objectStore('outbox').put(item);
  for (const mark of marks) {
    const stored = await store.get(mark.clientId);
    if (stored) await store.put({ ...stored, undoneBy: mark.undoneBy });
  }
  await transaction.done;
}

export function listTaskEntries(db: TrackerDb, userId: number, taskId: number): Promise<LoggedEntry[]> {
  return db.getAllFromIndex('entries', 'byTask', [userId, taskId]);
}

export function listOutbox(db: TrackerDb, userId: number): Promise<OutboxItem[]> {
  return db.getAllFromIndex('outbox', 'byUser', userId);
}

/**
 * Takes settled items out of the outbox and marks their entries synced or rejected; a settled lead hand-off marks the
 * dial it belongs to with the lead and its follow-up run.
 */
export async function settleItems(db: TrackerDb, settlements: readonly Settlement[], syncedAt: number, leads: ReadonlyMap<string, Pick<Lead, 'id' | 'runId'>> = new Map()): Promise<void> {
  const transaction = db.transaction(['entries', 'outbox'], 'readwrite');
  const entries = transaction.objectStore('entries');
  const outbox = transaction.objectStore('outbox');
  for (const settlement of settlements) {
    await outbox.delete(settlement.clientId);
    const entry = await entries.get(settlement.clientId);
    if (entry) {
      await entries.put({ ...entry, status: settlement.status, syncedAt: settlement.status === 'synced' ? syncedAt : null, reason: settlement.reason });
      continue;
    }
    // A lead hand-off has no entry of its own: it belongs to the dial that carries its client id.
    const dial = await entries.index('byLead').get(settlement.clientId);
    if (dial) await entries.put({ ...dial, lead: leads.get(settlement.clientId) ?? dial.lead, reason: settlement.status === 'rejected' ? `Lead not handed off: ${settlement.reason}` : dial.reason });
  }
  await transaction.done;
}

/** Counts a failed attempt on items that stay queued. */
export async function countAttempt(db: TrackerDb, clientIds: readonly string[]): Promise<void> {
  const transaction = db.transaction('outbox', 'readwrite');
  for (const clientId of clientIds) {
    const item = await transaction.store.get(clientId);
    if (item) await transaction.store.put({ ...item, attempts: item.attempts + 1 });
  }
  await transaction.done;
}
