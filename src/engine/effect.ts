/** What `advance` asks the outside world to do or record, as data: the server applies these in the command's transaction. */
import type { RunStatus, Variables } from './run-state.ts';

export interface HistoryEntry {
  at: string;
  kind: 'runStarted' | 'elementEntered' | 'elementCompleted' | 'elementCancelled' | 'variablesChanged' | 'incidentRaised' | 'incidentResolved' | 'runEnded';
  elementId?: string;
  tokenId?: string;
  /** The variables this transition set, with their new values. */
  variables?: Variables;
  detail?: string;
}

export type Effect =
  | {
      type: 'taskCreated';
      taskId: string;
      elementId: string;
      name?: string;
      role?: string;
      /** The first boundary timer's due time: the task's service level. */
      dueAt?: string;
      dueIn?: string;
      /** Multi-instance: the item this instance works on, and its counter. */
      locals?: Variables;
    }
  | { type: 'taskCancelled'; taskId: string; elementId: string }
  | { type: 'timerScheduled'; timerId: string; elementId: string; dueAt: string }
  | { type: 'timerCancelled'; timerId: string; elementId: string }
  | { type: 'serviceTaskRequested'; taskId: string; elementId: string; handler: string; locals?: Variables }
  | { type: 'incidentRaised'; incidentId: string; elementId: string; message: string }
  | { type: 'runCompleted'; status: Exclude<RunStatus, 'running' | 'failed'> }
  | { type: 'historyRecorded'; entry: HistoryEntry };
