/** Every API route declares who may call it; the authenticate hook enforces it and the app refuses routes without one. */
import { ADMIN_ROLES, ROLES, type Role } from '../../api/roles.ts';

export type Access = { kind: 'public' } | { kind: 'member'; roles: readonly Role[] };

/** Anyone, logged in or not (setup, login, health). */
export const PUBLIC: Access = { kind: 'public' };
/** Any member of the organization, whatever the role. */
export const ANY_MEMBER: Access = { kind: 'member', roles: ROLES };
/** Owners and admins: teams, members, invitations, audit log. */
export const ADMINS: Access = { kind: 'member', roles: ADMIN_ROLES };

export interface Principal {
  userId: number;
  organizationId: number;
  role: Role;
  via: 'session' | 'token';
  /** The hashed session id, when authenticated by cookie. */
  sessionId?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}
