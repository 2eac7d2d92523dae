/** The roles a member holds in an organization, from most to least powerful, and what each may do. */
export const ROLES = ['owner', 'admin', 'manager', 'va', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that administer the organization: teams, members, invitations, audit log. */
export const ADMIN_ROLES: readonly Role[] = ['owner', 'admin'];
/** Roles that see every team of the organization, not only their own. */
export const ORGANIZATION_WIDE_ROLES: readonly Role[] = ['owner', 'admin', 'manager'];

/** Roles that draw, document and publish processes and scripts (every team's and the library's). */
export const PROCESS_EDITOR_ROLES: readonly Role[] = ['owner', 'admin', 'manager'];

/** Roles that start runs and do tasks: everyone but viewers (a va only in its own teams). */
export const WORKER_ROLES: readonly Role[] = ['owner', 'admin', 'manager', 'va'];

/** Roles that cancel runs, retry incidents and hand out anyone's tasks, in every team. */
export const RUN_MANAGER_ROLES: readonly Role[] = ['owner', 'admin', 'manager'];

export function canManageRuns(role: Role): boolean {
  return RUN_MANAGER_ROLES.includes(role);
}

export function canEditProcesses(role: Role): boolean {
  return PROCESS_EDITOR_ROLES.includes(role);
}

export function isAdminRole(role: Role): boolean {
  return ADMIN_ROLES.includes(role);
}

export function seesAllTeams(role: Role): boolean {
  return ORGANIZATION_WIDE_ROLES.includes(role);
}

/** Only an owner may make someone an owner or change an owner's role. */
export function canAssignRole(actor: Role, from: Role | null, to: Role): boolean {
  if (!isAdminRole(actor)) return false;
  if (actor === 'owner') return true;
  return to !== 'owner' && from !== 'owner';
}
