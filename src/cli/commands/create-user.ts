/** Adds a person directly in the store, e.g. the first owner on a server without a browser; on an empty store also the organization. */
import { Email, PersonName } from '../../api/schemas/common.ts';
import { ROLES, type Role } from '../../api/roles.ts';
import { hashPassword } from '../../server/auth/password.ts';
import { readConfig } from '../../server/config.ts';
import { createOrganizationWithOwner } from '../../server/use-cases/create-organization-with-owner.ts';
import { insertAuditEntry } from '../../store/repositories/audit-log.ts';
import { insertMembership } from '../../store/repositories/memberships.ts';
import { findUserByEmail, insertUser } from '../../store/repositories/users.ts';
import { countOrganizations } from '../../store/repositories/organizations.ts';
import { CliError } from '../cli-error.ts';
import { readPassword } from '../read-password.ts';
import { withStore } from '../with-store.ts';
import { resolveOrganization } from './resolve-organization.ts';

export interface UserCreateOptions {
  email: string;
  name: string;
  role?: string;
  organization?: string;
  passwordStdin?: boolean;
}

function parseOrFail<T>(label: string, result: { success: true; data: T } | { success: false; error: { issues: Array<{ message: string }> } }): T {
  if (!result.success) throw new CliError(`${label} ${result.error.issues[0]?.message ?? 'is not valid'}`);
  return result.data;
}

export async function createUser(options: UserCreateOptions): Promise<void> {
  const email = parseOrFail('--email', Email.safeParse(options.email));
  const name = parseOrFail('--name', PersonName.safeParse(options.name));
  if (options.role !== undefined && !ROLES.includes(options.role as Role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}`);
  const password = await readPassword(Boolean(options.passwordStdin));
  const passwordHash = await hashPassword(password, readConfig().passwordHashing);
  await withStore(async (store) => {
    if (await findUserByEmail(store.db, email)) throw new CliError(`${email} already has an account`);
    if ((await countOrganizations(store.db)) === 0) {
      if (!options.organization) throw new CliError('the store has no organization yet: give --organization "Name" to create it');
      if ((options.role ?? 'owner') !== 'owner') throw new CliError('the first person of a new organization must be its owner: use --role owner');
      const created = await createOrganizationWithOwner(store.db, { organizationName: options.organization, name, email, passwordHash }, { onlyIfFirst: true, now: new Date() });
      console.log(`Created organization "${created.organization.name}" with owner ${email}.`);
      return;
    }
    const organization = (await resolveOrganization(store.db, options.organization))!;
    const role = (options.role ?? 'va') as Role;
    const now = new Date().toISOString();
    await store.db.transaction().execute(async (trx) => {
      const created = await insertUser(trx, { email, name, passwordHash }, now);
      await insertMembership(trx, { organizationId: organization.id, userId: created.id, role }, now);
      await insertAuditEntry(
        trx,
        { organizationId: organization.id, actorUserId: null, action: 'member.created_by_cli', subjectType: 'user', subjectId: created.id, details: { email, role } },
        now,
      );
    });
    console.log(`Created ${email} as ${role} in "${organization.name}".`);
  });
}
