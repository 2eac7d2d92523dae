/** The page a member lands on after logging in: a VA starts with their work, everyone else with the library. */
import type { Role } from '../../api/roles.ts';

export function homePathFor(role: Role): string {
  return role === 'va' ? '/work' : '/library';
}
