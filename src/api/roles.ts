/** The roles a member holds in an organization, from most to least powerful, and what each may do. */
export const ROLES = ['owner', 'admin', 'manager', 'va', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that administer the organization: teams, members, invitations, audit log. */
export const ADMIN_ROLES: readonly Role[] = ['owner', 'admin'];
/** Roles that see every team of the organization, not only their own. */
export const ORGANIZATION_WIDE_ROLES: readonly Role[] = ['owner', 'admin', 'manager'];

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
