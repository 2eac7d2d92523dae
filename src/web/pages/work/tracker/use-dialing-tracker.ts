/**
 * The dialing tracker's state: the task's log and the outbox in IndexedDB, the server's summary of today, the calling
 * session's clock, and the actions that log dials, undos and session changes (each queued first, then synced).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CreateLeadBody } from '../../../../api/schemas/leads.ts';
import { UNDO_WINDOW_SECONDS } from '../../../../api/schemas/tracking.ts';
import { api } from '../../../api.ts';
import { countDial, negateCounts } from './count-dial.ts';
import type { Disposition } from './disposition-keys.ts';
import { startOutboxSync, type OutboxSync, type SyncState } from './outbox-sync.ts';
import { pauseClock, phoneSeconds, resumeClock, startClock, type SessionClock } from './session-clock.ts';
import { addCounts, shownCounts } from './shown-counts.ts';
import { listTaskEntries, logEntries, openTrackerDb, type EntryMark, type TrackerDb } from './tracker-store.ts';
import type { Counts, LoggedEntry, OutboxItem, OutgoingEvent } from './tracker-entry.ts';

export interface TrackerContext {
  userId: number;
  teamId: number;
  processId: number;
  runId: number;
  taskId: number;
  scriptVersionId: number | null;
  /** The list or lead source in use; empty when none is named. */
  list: string;
}

export interface DialDetails {
  phoneNumber: string | null;
  /** Kept with the event (a callback's time). */
  payload?: Record<string, unknown>;
  note?: string | null;
  /** A lead disposition's hand-off, sent with the dial. */
  lead?: Omit<CreateLeadBody, 'clientId' | 'processId' | 'taskId'>;
}

export interface SessionReport {
  counts: Counts;
  phoneSeconds: number;
  startedAt: number;
  stoppedAt: number;
}

let sequence = 0;
/** Keeps the outbox in the order things happened, even within one millisecond. */
function nextSeq(): number {
  sequence = (sequence + 1) % 1000;
  return Date.now() * 1000 + sequence;
}

function sessionKey(context: Pick<TrackerContext, 'userId' | 'taskId'>): string {
  return `swimlane.tracker.session.${context.userId}.${context.taskId}`;
}

function readClock(context: Pick<TrackerContext, 'userId' | 'taskId'>): SessionClock | null {
  try {
    const text = localStorage.getItem(sessionKey(context));
    return text ? (JSON.parse(text) as SessionClock) : null;
  } catch {
    return null;
  }
}

export function isUndoable(entry: LoggedEntry, now: number): boolean {
  return entry.kind === 'dial' && entry.undoneBy === null && entry.status !== 'rejected' && now - Date.parse(entry.occurredAt) < UNDO_WINDOW_SECONDS * 1000;
}

export function useDialingTracker(context: TrackerContext) {
  const [db, setDb] = useState<TrackerDb | null>(null);
  const [storageError, setStorageError] = useState<string | null>(null);
  const [entries, setEntries] = useState<LoggedEntry[]>([]);
  const [sync, setSync] = useState<SyncState>({ pending: 0, syncing: false, error: null, nextRetryAt: null });
  const [summary, setSummary] = useState<{ totals: Counts; requestedAt: number } | null>(null);
  const [clock, setClockState] = useState<SessionClock | null>(() => readClock(context));
  const [now, setNow] = useState(() => Date.now());
  const syncer = useRef<OutboxSync | null>(null);
  const contextRef = useRef(context);
  contextRef.current = context;
  const { userId, teamId, taskId } = context;

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    openTrackerDb().then(setDb, (caught: unknown) => setStorageError(caught instanceof Error ? caught.message : String(caught)));
  }, []);

  const reloadEntries = useCallback(async () => {
    if (!db) return;
    const loaded = await listTaskEntries(db, userId, taskId);
    setEntries(loaded.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.clientId.localeCompare(a.clientId)));
  }, [db, userId, taskId]);

  const reloadSummary = useCallback(async () => {
    const requestedAt = Date.now();
    try {
      const loaded = await api.getTrackingSummary({ teamId, userId });
      setSummary((current) => (current && current.requestedAt > requestedAt ? current : { totals: loaded.totals, requestedAt }));
    } catch {
      // Offline or the server is away: the last summary plus the queued entries stay right.
    }
  }, [teamId, userId]);

  useEffect(() => {
    void reloadSummary();
  }, [reloadSummary]);

  useEffect(() => {
    if (!db) return;
    void reloadEntries();
    const started = startOutboxSync(db, userId, api, (state, settled) => {
      setSync(state);
      if (settled) {
        void reloadEntries();
        void reloadSummary();
      }
    });
    syncer.current = started;
    return () => started.stop();
  }, [db, userId, reloadEntries, reloadSummary]);

  const clockRef = useRef(clock);
  const setClock = useCallback((next: SessionClock | null) => {
    clockRef.current = next;
    setClockState(next);
    const key = sessionKey(contextRef.current);
    if (next) localStorage.setItem(key, JSON.stringify(next));
    else localStorage.removeItem(key);
  }, []);

  // Every change runs after the one before it, so dials keyed faster than IndexedDB writes are neither lost nor reordered,
  // and the first dial's automatic session start is seen by the next.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const serial = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = chain.current.then(work, work);
    chain.current = next.catch(() => undefined);
    return next;
  }, []);

  /** Writes entries and their requests, shows them at once, and asks the outbox to send. */
  const save = useCallback(
    async (logged: LoggedEntry[], items: OutboxItem[], marks: EntryMark[] = []) => {
      if (!db) throw new Error('The browser storage is not open yet.');
      await logEntries(db, logged, items, marks);
      await reloadEntries();
      setSync((state) => ({ ...state, pending: state.pending + items.length }));
      syncer.current?.trigger();
    },
    [db, reloadEntries],
  );

  const baseEntry = useCallback((kind: LoggedEntry['kind'], what: string, label: string, occurredAt: string, sessionId: string | null): LoggedEntry => {
    const { userId: user, teamId: team, taskId: task } = contextRef.current;
    return {
      clientId: crypto.randomUUID(),
      userId: user,
      teamId: team,
      taskId: task,
      kind,
      what,
      label,
      phoneNumber: null,
      occurredAt,
      counts: {},
      sessionId,
      correctsClientId: null,
      undoneBy: null,
      status: 'queued',
      syncedAt: null,
      reason: null,
      note: null,
      leadClientId: null,
      lead: null,
    };
  }, []);

  const eventContext = useCallback(() => {
    const current = contextRef.current;
    return {
      teamId: current.teamId,
      processId: current.processId,
      runId: current.runId,
      taskId: current.taskId,
      ...(current.scriptVersionId ? { scriptVersionId: current.scriptVersionId } : {}),
      ...(current.list.trim() ? { list: current.list.trim() } : {}),
    };
  }, []);

  const changeSession = useCallback(
    async (kind: 'sessionStarted' | 'sessionPaused' | 'sessionResumed' | 'sessionStopped', session: SessionClock, at: number) => {
      const occurredAt = new Date(at).toISOString();
      const labels = { sessionStarted: 'Session started', sessionPaused: 'Session paused', sessionResumed: 'Session resumed', sessionStopped: 'Session stopped' };
      const entry = { ...baseEntry('session', kind, labels[kind], occurredAt, session.sessionId), ...(kind === 'sessionStarted' ? { clientId: session.sessionId } : {}) };
      const event: OutgoingEvent =
        kind === 'sessionStarted'
          ? { kind, clientId: entry.clientId, occurredAt, ...eventContext() }
          : { kind, clientId: entry.clientId, occurredAt, teamId: contextRef.current.teamId, sessionId: session.sessionId };
      await save([entry], [{ clientId: entry.clientId, userId: entry.userId, seq: nextSeq(), kind: 'event', event, attempts: 0 }]);
    },
    [baseEntry, eventContext, save],
  );

  /** Starts a session unless one is open; resumes it when paused. Runs inside `serial`. */
  const ensureRunning = useCallback(async (): Promise<SessionClock> => {
    const at = Date.now();
    const current = clockRef.current;
    if (!current) {
      const session = startClock(crypto.randomUUID(), contextRef.current.taskId, at);
      setClock(session);
      await changeSession('sessionStarted', session, at);
      return session;
    }
    if (current.runningSince === null) {
      setClock(resumeClock(current, at));
      await changeSession('sessionResumed', current, at);
    }
    return current;
  }, [changeSession, setClock]);

  const startSession = useCallback(() => serial(ensureRunning), [serial, ensureRunning]);
  const resumeSession = startSession;

  const pauseSession = useCallback(
    () =>
      serial(async () => {
        const current = clockRef.current;
        if (!current || current.runningSince === null) return;
        const at = Date.now();
        setClock(pauseClock(current, at));
        await changeSession('sessionPaused', current, at);
      }),
    [serial, changeSession, setClock],
  );

  const stopSession = useCallback(
    () =>
      serial(async (): Promise<SessionReport | null> => {
        const current = clockRef.current;
        if (!current || !db) return null;
        const at = Date.now();
        const seconds = phoneSeconds(current, at);
        const counts = (await listTaskEntries(db, contextRef.current.userId, contextRef.current.taskId))
          .filter((entry) => entry.sessionId === current.sessionId && entry.kind === 'dial' && entry.undoneBy === null && entry.status !== 'rejected')
          .reduce<Counts>((sum, entry) => addCounts(sum, entry.counts), {});
        setClock(null);
        await changeSession('sessionStopped', current, at);
        return { counts, phoneSeconds: seconds, startedAt: current.startedAt, stoppedAt: at };
      }),
    [serial, db, changeSession, setClock],
  );

  /** Logs one dial (starting or resuming the session with it, so its phone time counts). */
  const logDial = useCallback(
    (disposition: Disposition, details: DialDetails) =>
      serial(async () => {
        const session = await ensureRunning();
        const occurredAt = new Date().toISOString();
        const entry: LoggedEntry = {
          ...baseEntry('dial', disposition.key, disposition.label, occurredAt, session.sessionId),
          phoneNumber: details.phoneNumber,
          counts: countDial(disposition),
          note: details.note ?? null,
          leadClientId: details.lead ? crypto.randomUUID() : null,
        };
        const event: OutgoingEvent = {
          kind: 'dial',
          clientId: entry.clientId,
          occurredAt,
          ...eventContext(),
          disposition: disposition.key,
          ...(details.phoneNumber ? { phoneNumber: details.phoneNumber } : {}),
          payload: { sessionId: session.sessionId, ...details.payload },
        };
        const items: OutboxItem[] = [{ clientId: entry.clientId, userId: entry.userId, seq: nextSeq(), kind: 'event', event, attempts: 0 }];
        if (details.lead && entry.leadClientId) {
          const { processId, taskId: task } = contextRef.current;
          items.push({ clientId: entry.leadClientId, userId: entry.userId, seq: nextSeq(), kind: 'lead', lead: { ...details.lead, clientId: entry.leadClientId, processId, taskId: task }, attempts: 0 });
        }
        await save([entry], items);
      }),
    [serial, ensureRunning, baseEntry, eventContext, save],
  );

  /** Takes back a dial with an undo event: the dial stays in the log, marked undone. */
  const undo = useCallback(
    (target: LoggedEntry) =>
      serial(async () => {
        if (!isUndoable(target, Date.now())) return;
        const occurredAt = new Date().toISOString();
        const entry: LoggedEntry = {
          ...baseEntry('undo', 'undo', `Undo: ${target.label}`, occurredAt, target.sessionId),
          counts: negateCounts(target.counts),
          correctsClientId: target.clientId,
        };
        const event: OutgoingEvent = { kind: 'undo', clientId: entry.clientId, occurredAt, teamId: contextRef.current.teamId, correctsClientId: target.clientId };
        await save([entry], [{ clientId: entry.clientId, userId: entry.userId, seq: nextSeq(), kind: 'event', event, attempts: 0 }], [{ clientId: target.clientId, undoneBy: entry.clientId }]);
      }),
    [serial, baseEntry, save],
  );

  const today = useMemo(() => {
    const since = now - 24 * 60 * 60 * 1000;
    const recent = entries.filter((entry) => Date.parse(entry.occurredAt) >= since);
    return shownCounts(summary?.totals ?? {}, recent, summary?.requestedAt ?? null);
  }, [entries, summary, now]);

  const sessionDials = clock ? entries.filter((entry) => entry.sessionId === clock.sessionId && entry.kind === 'dial' && entry.undoneBy === null && entry.status !== 'rejected').length : 0;
  const lastDial = entries.find((entry) => entry.kind === 'dial');

  return {
    ready: db !== null,
    storageError,
    entries,
    today,
    summaryLoaded: summary !== null,
    sync,
    clock,
    now,
    sessionDials,
    sessionSeconds: clock ? phoneSeconds(clock, now) : 0,
    lastDialAt: lastDial ? Date.parse(lastDial.occurredAt) : null,
    logDial,
    undo,
    startSession,
    pauseSession,
    resumeSession,
    stopSession,
  };
}

export type DialingTracker = ReturnType<typeof useDialingTracker>;
