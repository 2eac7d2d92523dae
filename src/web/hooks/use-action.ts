/** Runs a form's API call, remembering whether it is pending and the error it ended with. */
import { useCallback, useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { useSession } from '../session/use-session.ts';
import { toApiError } from './to-api-error.ts';

export interface Action {
  /** Resolves to true when the action succeeded; never rejects. */
  run: (action: () => Promise<void>) => Promise<boolean>;
  pending: boolean;
  error: ApiError | null;
  clearError: () => void;
}

export function useAction(): Action {
  const { forget } = useSession();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(
    async (action: () => Promise<void>) => {
      setPending(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (caught) {
        const apiError = toApiError(caught);
        // An expired session sends the person to the login page instead of failing every form.
        if (apiError.code === 'UNAUTHENTICATED') forget();
        setError(apiError);
        return false;
      } finally {
        setPending(false);
      }
    },
    [forget],
  );

  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
