/** Invitations: a link that lets a person join the organization with a role. */
import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { Email, Id, IdParam, Password, PersonName, Timestamp } from './common.ts';

export const Invitation = z.object({
  id: z.number(),
  email: z.string(),
  role: z.enum(ROLES),
  teamIds: z.array(z.number()),
  invitedBy: z.string(),
  createdAt: Timestamp,
  expiresAt: Timestamp,
});
export type Invitation = z.infer<typeof Invitation>;

export const InvitationList = z.object({ invitations: z.array(Invitation) });
export type InvitationList = z.infer<typeof InvitationList>;

export const CreateInvitationBody = z.strictObject({
  email: Email,
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
  teamIds: z.array(Id).max(100, 'must list at most 100 teams').default([]),
});
export type CreateInvitationBody = z.input<typeof CreateInvitationBody>;

export const CreatedInvitation = z.object({
  invitation: Invitation,
  token: z.string().describe('Shown once; the invited person opens /invite/<token>'),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const InvitationParams = z.strictObject({ invitationId: IdParam });

const InvitationToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not an invitation token');

export const InvitationTokenParams = z.strictObject({ token: InvitationToken });

export const InvitationPreview = z.object({
  organizationName: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  hasAccount: z.boolean().describe('When true, accept with the existing password'),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationBody = z.strictObject({
  token: InvitationToken,
  name: PersonName,
  password: Password,
});
export type AcceptInvitationBody = z.input<typeof AcceptInvitationBody>;
