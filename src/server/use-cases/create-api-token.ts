/** Creates a personal API token for a member; the secret leaves only in the return value. */
import type { Kysely } from 'kysely';
import { insertApiToken, type ApiTokenRecord } from '../../store/repositories/api-tokens.ts';
import type { Database } from '../../store/tables.ts';
import { generateApiTokenSecret } from '../auth/api-token-format.ts';
import { hashSecretToken } from '../auth/secret-token.ts';
import { recordAudit } from './record-audit.ts';

export async function createApiToken(
  db: Kysely<Database>,
  owner: { organizationId: number; userId: number },
  name: string,
): Promise<{ token: ApiTokenRecord; secret: string }> {
  const { secret, prefix } = generateApiTokenSecret();
  const token = await db.transaction().execute(async (trx) => {
    const created = await insertApiToken(trx, { ...owner, name, prefix, tokenHash: hashSecretToken(secret) }, new Date().toISOString());
    await recordAudit(trx, owner, 'api_token.created', { type: 'api_token', id: created.id }, { name });
    return created;
  });
  return { token, secret };
}
