/** Saves a document shortly after the last change, one save at a time, and says where saving stands; a conflict stops it for good. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { useSession } from '../session/use-session.ts';
import { toApiError } from './to-api-error.ts';

/** saved: nothing left to save; pending: changes wait for the delay; failed: the last save did not go through. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict';

export interface Autosave {
  state: SaveState;
  /** Why the last save failed, or the conflict. */
  error: ApiError | null;
  lastSavedAt: Date | null;
  /** Call after every change: a save follows `delayMs` after the last one. */
  changed: () => void;
  /** Saves now if anything is unsaved; resolves true once everything is saved. */
  flush: () => Promise<boolean>;
}

export function useAutosave(save: () => Promise<void>, delayMs = 1500): Autosave {
  const { forget } = useSession();
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<ApiError | null>(null);
  const [lastSavedAt, setLastSavedAt] = useState<Date | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<boolean> | null>(null);
  // After a conflict nothing may be saved again: the person must reload and see the other edit first.
  const stopped = useRef(false);

  const run = useCallback(
    async (untilClean: boolean): Promise<boolean> => {
      clearTimeout(timer.current);
      // One save at a time, so each save starts from the revision the previous one made.
      while (running.current) await running.current;
      if (stopped.current) return false;
      if (!dirty.current) return true;
      dirty.current = false;
      setState('saving');
      const attempt = saveRef.current().then(
        () => true,
        (caught: unknown) => {
          const apiError = toApiError(caught);
          if (apiError.code === 'UNAUTHENTICATED') forget();
          dirty.current = true;
          if (apiError.code === 'DRAFT_CONFLICT') stopped.current = true;
          setError(apiError);
          setState(apiError.code === 'DRAFT_CONFLICT' ? 'conflict' : 'failed');
          return false;
        },
      );
      running.current = attempt;
      const saved = await attempt;
      running.current = null;
      if (!saved) return false;
      setLastSavedAt(new Date());
      setError(null);
      // Changes made during the save wait for their own delay, unless the caller needs everything saved now.
      if (dirty.current) {
        if (untilClean) return run(true);
        setState('pending');
        return true;
      }
      setState('saved');
      return true;
    },
    [forget],
  );

  const changed = useCallback(() => {
    if (stopped.current) return;
    dirty.current = true;
    if (!running.current) setState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(false), delayMs);
  }, [delayMs, run]);

  const flush = useCallback(() => run(true), [run]);

  // Closing the tab with unsaved changes asks first; leaving for another page of the app saves them on the way out.
  useEffect(() => {
    function warn(event: BeforeUnloadEvent) {
      if (dirty.current || running.current) event.preventDefault();
    }
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      clearTimeout(timer.current);
      if (dirty.current && !stopped.current) void run(true);
    };
  }, [run]);

  return { state, error, lastSavedAt, changed, flush };
}
