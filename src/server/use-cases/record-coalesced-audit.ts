/**
 * Writes an audit entry unless the same person wrote the same action on the same subject (and the same `sameAs`
 * details) within the window: autosaves then leave one "draft saved" entry per person per draft per window, not one
 * per keystroke pause. The log stays append-only: a repeat is skipped, never merged into an earlier entry.
 */
import type { Kysely } from 'kysely';
import { findLatestAuditEntryOf } from '../../store/repositories/audit-log.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { recordAudit } from './record-audit.ts';

/** Ten minutes: long enough to fold an editing session's autosaves, short enough to show when someone came back. */
export const AUDIT_COALESCE_WINDOW_MS = 10 * 60 * 1000;

export async function recordCoalescedAudit(
  db: Kysely<Database>,
  principal: Pick<Principal, 'organizationId' | 'userId'>,
  action: string,
  subject: { type: string; id: string | number },
  details: Record<string, unknown>,
  options: { sameAs: readonly string[]; now?: Date; windowMs?: number },
): Promise<boolean> {
  const now = options.now ?? new Date();
  const latest = await findLatestAuditEntryOf(db, {
    organizationId: principal.organizationId,
    actorUserId: principal.userId,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
  });
  const windowStart = now.getTime() - (options.windowMs ?? AUDIT_COALESCE_WINDOW_MS);
  const isRepeat = latest !== undefined && Date.parse(latest.createdAt) >= windowStart && options.sameAs.every((key) => latest.details[key] === details[key]);
  if (isRepeat) return false;
  await recordAudit(db, principal, action, subject, details);
  return true;
}
