/** Creates a personal API token directly in this machine's store and prints its secret once. */
import { Email } from '../../api/schemas/common.ts';
import { createApiToken } from '../../server/use-cases/create-api-token.ts';
import { findMembership } from '../../store/repositories/memberships.ts';
import { findUserByEmail } from '../../store/repositories/users.ts';
import { CliError } from '../cli-error.ts';
import { withStore } from '../with-store.ts';
import { resolveOrganization } from './resolve-organization.ts';

export interface TokenCreateOptions {
  email: string;
  name: string;
  organization?: string;
}

export async function createToken(options: TokenCreateOptions): Promise<void> {
  const email = Email.safeParse(options.email);
  if (!email.success) throw new CliError('--email must be an email address');
  await withStore(async (store) => {
    const user = await findUserByEmail(store.db, email.data);
    if (!user) throw new CliError(`there is no account for ${email.data}`);
    const organization = await resolveOrganization(store.db, options.organization);
    if (!organization || !(await findMembership(store.db, organization.id, user.id))) {
      throw new CliError(`${email.data} is not a member of ${organization ? `"${organization.name}"` : 'any organization'}`);
    }
    const { secret } = await createApiToken(store.db, { organizationId: organization.id, userId: user.id }, options.name);
    console.log(secret);
    console.error(`Token "${options.name}" for ${email.data} in "${organization.name}". It is shown only now: keep it secret.`);
    console.error('Use it with:  export SWIMLANE_TOKEN=<token>');
  });
}
