/** Setup, login and the current session. */
import { z } from 'zod';
import { ROLES } from '../roles.ts';
import { Email, nameText, Password, PersonName } from './common.ts';

export const SetupStatus = z.object({ needed: z.boolean() });
export type SetupStatus = z.infer<typeof SetupStatus>;

export const SetupBody = z.strictObject({
  organizationName: nameText(),
  name: PersonName,
  email: Email,
  password: Password,
});
export type SetupBody = z.input<typeof SetupBody>;

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1, 'is required').max(256, 'must be at most 256 characters'),
});
export type LoginBody = z.input<typeof LoginBody>;

export const SessionUser = z.object({ id: z.number(), email: z.string(), name: z.string() });

export const Session = z.object({
  user: SessionUser,
  organization: z.object({ id: z.number(), name: z.string() }),
  role: z.enum(ROLES),
  teamIds: z.array(z.number()),
  csrfToken: z.string().describe('Send it back in the x-csrf-token header on cookie-authenticated writes'),
});
export type Session = z.infer<typeof Session>;

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(256),
  newPassword: Password,
});
export type ChangePasswordBody = z.input<typeof ChangePasswordBody>;
