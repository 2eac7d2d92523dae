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

/** The demo sizes the setup page offers: a quick look, or the full agency the `swimlane demo` command makes. */
export const DEMO_SIZES = {
  small: { vas: 12, days: 90 },
  full: { vas: 50, days: 365 },
} as const;

/** Instead of an empty organization, a demo agency with a history (only on an empty installation). */
export const SetupDemoBody = z.strictObject({
  email: Email,
  password: Password,
  size: z.enum(['small', 'full']).default('small'),
});
export type SetupDemoBody = z.input<typeof SetupDemoBody>;

/** How the demo being created on this server is getting on. */
export const DemoSetupStatus = z.object({
  state: z.enum(['idle', 'running', 'done', 'failed']),
  /** VA-days simulated so far, of `total`. */
  done: z.number(),
  total: z.number(),
  events: z.number(),
  /** The owner's email, to sign in with once done. */
  email: z.string().nullable(),
  error: z.string().nullable(),
});
export type DemoSetupStatus = z.infer<typeof DemoSetupStatus>;

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
