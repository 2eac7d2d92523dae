/** Loads data for a page when it opens or when its inputs change, with a reload for after a change. */
import { useCallback, useEffect, useState, type DependencyList } from 'react';
import type { ApiError } from '../../api/client.ts';
import { useSession } from '../session/use-session.ts';
import { toApiError } from './to-api-error.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | null;
  /** True while `data` is the answer for earlier inputs and the answer for the current ones is on its way. */
  stale: boolean;
  reload: () => void;
}

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const { forget } = useSession();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  // Which inputs the data shown was loaded for (a reload keeps them: its data is not stale while it refreshes).
  const key = JSON.stringify(deps);
  const [loadedKey, setLoadedKey] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (value) => {
        if (cancelled) return;
        setData(value);
        setLoadedKey(key);
        setError(null);
      },
      (caught: unknown) => {
        if (cancelled) return;
        const apiError = toApiError(caught);
        if (apiError.code === 'UNAUTHENTICATED') forget();
        setError(apiError);
      },
    );
    return () => {
      cancelled = true;
    };
    // The caller names what the load depends on, like useEffect; `load` itself is a new function each render.
  }, [...deps, version, forget]);

  const reload = useCallback(() => setVersion((count) => count + 1), []);
  return { data, error, stale: data !== undefined && loadedKey !== key, reload };
}
