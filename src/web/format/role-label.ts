/** The name of a role as people say it. */
import type { Role } from '../../api/roles.ts';

const LABELS: Record<Role, string> = { owner: 'Owner', admin: 'Admin', manager: 'Manager', va: 'VA', viewer: 'Viewer' };

export function roleLabel(role: Role): string {
  return LABELS[role];
}
