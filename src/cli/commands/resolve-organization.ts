/** Picks the organization a local admin command acts on: the one named, or the only one there is. */
import type { Kysely } from 'kysely';
import { findOrganizationByName, type Organization } from '../../store/repositories/organizations.ts';
import type { Database } from '../../store/tables.ts';
import { CliError } from '../cli-error.ts';

export async function resolveOrganization(db: Kysely<Database>, name: string | undefined): Promise<Organization | undefined> {
  if (name) {
    const organization = await findOrganizationByName(db, name);
    if (!organization) throw new CliError(`there is no organization named "${name}"`);
    return organization;
  }
  const organizations = await db.selectFrom('organizations').selectAll().orderBy('id').limit(2).execute();
  if (organizations.length > 1) throw new CliError('there are several organizations: name one with --organization');
  const only = organizations[0];
  return only && { id: only.id, name: only.name, createdAt: only.created_at };
}
