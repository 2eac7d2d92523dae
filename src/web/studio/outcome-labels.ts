/** What each disposition outcome is called on screen. */
import type { DISPOSITION_OUTCOMES } from '../../api/schemas/process-documentation.ts';

export type Outcome = (typeof DISPOSITION_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  talkTo: 'Talk-to',
  lead: 'Lead',
  appointmentSet: 'Appointment set',
  appointmentHeld: 'Appointment held',
  callback: 'Callback',
  doNotCall: 'Do-not-call request',
};

export const OUTCOMES = Object.keys(OUTCOME_LABELS) as Outcome[];
