/** Teams: an agency's clients, or the groups of a single business. */
import { z } from 'zod';
import { IdParam, nameText, TimeZone, Timestamp } from './common.ts';

export const Team = z.object({
  id: z.number(),
  name: z.string(),
  timeZone: z.string(),
  memberCount: z.number(),
  createdAt: Timestamp,
});
export type Team = z.infer<typeof Team>;

export const TeamList = z.object({ teams: z.array(Team) });
export type TeamList = z.infer<typeof TeamList>;

const TeamName = nameText();

export const CreateTeamBody = z.strictObject({ name: TeamName, timeZone: TimeZone.default('UTC') });
export type CreateTeamBody = z.input<typeof CreateTeamBody>;

export const UpdateTeamBody = z.strictObject({ name: TeamName.optional(), timeZone: TimeZone.optional() });
export type UpdateTeamBody = z.input<typeof UpdateTeamBody>;

export const TeamParams = z.strictObject({ teamId: IdParam });
export const TeamMemberParams = z.strictObject({ teamId: IdParam, userId: IdParam });
