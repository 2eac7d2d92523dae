/** The commands `advance` accepts: everything that can happen to a run from outside. */
import type { Variables } from './run-state.ts';

export type Command =
  | { type: 'start'; variables?: Variables; startEventId?: string }
  | { type: 'completeTask'; taskId: string; variables?: Variables }
  | { type: 'fireTimer'; timerId: string }
  | { type: 'correlateMessage'; name: string; variables?: Variables }
  | { type: 'broadcastSignal'; name: string; variables?: Variables }
  | { type: 'completeServiceTask'; taskId: string; variables?: Variables }
  | { type: 'failServiceTask'; taskId: string; error: string }
  | { type: 'retryIncident'; incidentId: string; variables?: Variables }
  | { type: 'cancel'; reason?: string };
