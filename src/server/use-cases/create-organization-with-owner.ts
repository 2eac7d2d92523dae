/** Creates an organization, its first owner and its template library in one transaction; used by the setup page and `swimlane user create`. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import { insertAuditEntry } from '../../store/repositories/audit-log.ts';
import { insertMembership } from '../../store/repositories/memberships.ts';
import { countOrganizations, insertOrganization, type Organization } from '../../store/repositories/organizations.ts';
import { findUserByEmail, insertUser, type User } from '../../store/repositories/users.ts';
import type { Database } from '../../store/tables.ts';
import { isUniqueViolation } from '../../store/unique-violation.ts';
import { seedTemplateLibrary } from './seed-template-library.ts';

export interface NewOrganization {
  organizationName: string;
  name: string;
  email: string;
  passwordHash: string;
}

/** With `onlyIfFirst`, refuses when any organization exists (the setup page must not be usable twice). */
export async function createOrganizationWithOwner(
  db: Kysely<Database>,
  input: NewOrganization,
  options: { onlyIfFirst: boolean; now: Date },
): Promise<{ organization: Organization; user: User }> {
  const now = options.now.toISOString();
  try {
    return await db.transaction().execute(async (trx) => {
      if (options.onlyIfFirst) {
        // The settings row is the lock: a concurrent second setup fails on its primary key.
        await trx.insertInto('settings').values({ key: 'setup_completed_at', value: now }).execute();
        if ((await countOrganizations(trx)) > 0) throw appError('SETUP_ALREADY_DONE');
      }
      if (await findUserByEmail(trx, input.email)) throw appError('EMAIL_TAKEN', { field: 'email' });
      const organization = await insertOrganization(trx, input.organizationName, now);
      const user = await insertUser(trx, { email: input.email, name: input.name, passwordHash: input.passwordHash }, now);
      await insertMembership(trx, { organizationId: organization.id, userId: user.id, role: 'owner' }, now);
      await seedTemplateLibrary(trx, organization.id, user.id, now);
      await insertAuditEntry(
        trx,
        { organizationId: organization.id, actorUserId: user.id, action: 'organization.created', subjectType: 'organization', subjectId: organization.id, details: { name: organization.name, owner: user.email } },
        now,
      );
      return { organization, user };
    });
  } catch (error) {
    if (options.onlyIfFirst && isUniqueViolation(error)) throw appError('SETUP_ALREADY_DONE');
    if (isUniqueViolation(error)) throw appError('EMAIL_TAKEN', { field: 'email' });
    throw error;
  }
}
