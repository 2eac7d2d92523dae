/** The audit log: who changed what. */
import { z } from 'zod';
import { Timestamp } from './common.ts';

export const AuditEntry = z.object({
  id: z.number(),
  actor: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  details: z.record(z.string(), z.unknown()),
  createdAt: Timestamp,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditList = z.object({ entries: z.array(AuditEntry), nextBefore: z.number().nullable() });
export type AuditList = z.infer<typeof AuditList>;
