/** Every API route declares who may call it; the authenticate hook enforces it and the app refuses routes without one. */
import { ADMIN_ROLES, PROCESS_EDITOR_ROLES, ROLES, RUN_MANAGER_ROLES, WORKER_ROLES, type Role } from '../../api/roles.ts';

export type Access = { kind: 'public' } | { kind: 'member'; roles: readonly Role[] };

/** Anyone, logged in or not (setup, login, health). */
export const PUBLIC: Access = { kind: 'public' };
/** Any member of the organization, whatever the role. */
export const ANY_MEMBER: Access = { kind: 'member', roles: ROLES };
/** Owners and admins: teams, members, invitations, audit log. */
export const ADMINS: Access = { kind: 'member', roles: ADMIN_ROLES };
/** Owners, admins and managers: draw, document and publish processes and scripts. */
export const EDITORS: Access = { kind: 'member', roles: PROCESS_EDITOR_ROLES };

/** Everyone but viewers: start runs, claim and complete tasks (a va in its own teams only; the use-cases check the team). */
export const WORKERS: Access = { kind: 'member', roles: WORKER_ROLES };
/** Owners, admins and managers: cancel runs, retry incidents. */
export const RUN_MANAGERS: Access = { kind: 'member', roles: RUN_MANAGER_ROLES };
/** Owners, admins and managers (the team leads): take a number off a do-not-call list, change a team's compliance settings. */
export const TEAM_LEADS: Access = { kind: 'member', roles: RUN_MANAGER_ROLES };

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
    /** The content types of a raw (not JSON) body the route reads, e.g. a .bpmn upload; the security tests send samples of them. */
    rawBody?: readonly string[];
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}
