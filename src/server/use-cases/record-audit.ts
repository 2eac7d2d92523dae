/** Writes an audit entry for what the caller did, inside the caller's transaction. */
import type { Kysely } from 'kysely';
import { insertAuditEntry } from '../../store/repositories/audit-log.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';

export function recordAudit(
  db: Kysely<Database>,
  principal: Pick<Principal, 'organizationId' | 'userId'>,
  action: string,
  subject: { type: string; id: string | number },
  details: Record<string, unknown> = {},
): Promise<void> {
  return insertAuditEntry(
    db,
    { organizationId: principal.organizationId, actorUserId: principal.userId, action, subjectType: subject.type, subjectId: subject.id, details },
    new Date().toISOString(),
  );
}
