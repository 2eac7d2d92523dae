/** What the rows of a task table share: the member, one claim or release at a time (its error shown above the table) and the one task whose complete form is open. */
import { useState } from 'react';
import type { ApiError } from '../../../api/client.ts';
import type { Role } from '../../../api/roles.ts';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useSession } from '../../session/use-session.ts';

export interface TaskActions {
  me: { userId: number; role: Role };
  /** A claim or release is under way: every row's buttons wait for it. */
  pending: boolean;
  error: ApiError | null;
  /** The task whose complete form is open under its row. */
  completing: number | null;
  claim: (taskId: number) => void;
  release: (taskId: number) => void;
  /** Opens the task's complete form, or closes it when it is open. */
  toggleComplete: (taskId: number) => void;
  closeComplete: () => void;
}

/** Null while nobody is signed in. `onChanged` follows every claim and release that went through. */
export function useTaskActions(onChanged: () => void): TaskActions | null {
  const { session } = useSession();
  const action = useAction();
  const [completing, setCompleting] = useState<number | null>(null);
  if (!session) return null;

  async function change(act: () => Promise<unknown>) {
    if (await action.run(() => act().then(() => undefined))) onChanged();
  }

  return {
    me: { userId: session.user.id, role: session.role },
    pending: action.pending,
    error: action.error,
    completing,
    claim: (taskId) => void change(() => api.claimTask(taskId)),
    release: (taskId) => void change(() => api.releaseTask(taskId)),
    toggleComplete: (taskId) => setCompleting(completing === taskId ? null : taskId),
    closeComplete: () => setCompleting(null),
  };
}
