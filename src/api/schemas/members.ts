/** Members of the organization and their roles. */
import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { IdParam, Timestamp } from './common.ts';

export const Member = z.object({
  userId: z.number(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  teamIds: z.array(z.number()),
  joinedAt: Timestamp,
});
export type Member = z.infer<typeof Member>;

export const MemberList = z.object({ members: z.array(Member) });
export type MemberList = z.infer<typeof MemberList>;

export const MemberParams = z.strictObject({ userId: IdParam });

export const ChangeRoleBody = z.strictObject({ role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }) });
export type ChangeRoleBody = z.input<typeof ChangeRoleBody>;
