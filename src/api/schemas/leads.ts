/** Leads handed off from a dialing session to an agent, each with the follow-up run that tracks the agent's response. */
import { z } from 'zod';
import { Id, IdParam, nameText, noteText, Timestamp } from './common.ts';
import { PersonRef } from './runs.ts';

/** The message a process's start event must listen for to take leads: its run is the agent's follow-up. */
export const LEAD_HAND_OFF_MESSAGE = 'LeadHandedOff';

export const CreateLeadBody = z.strictObject({
  /** The browser's id for this hand-off (a UUID): sending it again, after a dropped connection, finds the same lead. */
  clientId: z.uuid('must be a UUID').transform((value) => value.toLowerCase()),
  /** The team's dialing process: its lead hand-off message start begins the follow-up. */
  processId: Id,
  /** The dialing task the lead was found on. */
  taskId: Id.optional(),
  name: nameText(200),
  /** As the VA writes it; read with the team's default country and kept as E.164. */
  phone: z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters'),
  address: noteText(300).default(''),
  leadSource: noteText(100).default(''),
  motivation: noteText(2000).default(''),
  timeline: noteText(200).default(''),
  notes: noteText(5000).default(''),
});
export type CreateLeadBody = z.input<typeof CreateLeadBody>;

export const Lead = z.object({
  id: z.number(),
  clientId: z.string(),
  teamId: z.number(),
  processId: z.number(),
  foundBy: PersonRef.nullable(),
  sourceTaskId: z.number().nullable(),
  name: z.string(),
  phone: z.string(),
  address: z.string(),
  leadSource: z.string(),
  motivation: z.string(),
  timeline: z.string(),
  notes: z.string(),
  /** The follow-up run (the agent's task, escalated when late). */
  runId: z.number().nullable(),
  createdAt: Timestamp,
});
export type Lead = z.infer<typeof Lead>;

export const LeadList = z.object({ leads: z.array(Lead) });
export type LeadList = z.infer<typeof LeadList>;

export const LeadQuery = z.strictObject({
  teamId: IdParam.optional(),
  limit: z
    .string()
    .regex(/^[1-9][0-9]{0,2}$/, 'must be a whole number from 1 to 200')
    .transform(Number)
    .pipe(z.number().max(200, 'must be a whole number from 1 to 200'))
    .optional(),
});
export type LeadQuery = z.input<typeof LeadQuery>;
