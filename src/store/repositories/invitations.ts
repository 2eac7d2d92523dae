/** Invitations to join an organization; only a hash of the link's token is stored. */
import type { Kysely } from 'kysely';
import type { Role } from '../../api/roles.ts';
import type { Database } from '../tables.ts';

export interface Invitation {
  id: number;
  organizationId: number;
  email: string;
  role: Role;
  teamIds: number[];
  invitedByUserId: number;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

function selectInvitations(db: Kysely<Database>) {
  return db
    .selectFrom('invitations')
    .innerJoin('users', 'users.id', 'invitations.invited_by_user_id')
    .selectAll('invitations')
    .select('users.name as invited_by_name');
}

type InvitationRow = Awaited<ReturnType<ReturnType<typeof selectInvitations>['executeTakeFirstOrThrow']>>;

function invitationRowToInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    organizationId: row.organization_id,
    email: row.email,
    role: row.role as Role,
    teamIds: JSON.parse(row.team_ids) as number[],
    invitedByUserId: row.invited_by_user_id,
    invitedBy: row.invited_by_name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}

export async function insertInvitation(
  db: Kysely<Database>,
  invitation: { organizationId: number; email: string; role: Role; teamIds: number[]; tokenHash: string; invitedByUserId: number; expiresAt: string },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('invitations')
    .values({
      organization_id: invitation.organizationId,
      email: invitation.email,
      role: invitation.role,
      team_ids: JSON.stringify(invitation.teamIds),
      token_hash: invitation.tokenHash,
      invited_by_user_id: invitation.invitedByUserId,
      created_at: now,
      expires_at: invitation.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Invitations not yet accepted, revoked or expired. */
export async function listPendingInvitations(db: Kysely<Database>, organizationId: number, now: string): Promise<Invitation[]> {
  const rows = await selectInvitations(db)
    .where('invitations.organization_id', '=', organizationId)
    .where('invitations.accepted_at', 'is', null)
    .where('invitations.revoked_at', 'is', null)
    .where('invitations.expires_at', '>', now)
    .orderBy('invitations.id', 'desc')
    .execute();
  return rows.map(invitationRowToInvitation);
}

export async function findInvitation(db: Kysely<Database>, organizationId: number, invitationId: number): Promise<Invitation | undefined> {
  const row = await selectInvitations(db)
    .where('invitations.organization_id', '=', organizationId)
    .where('invitations.id', '=', invitationId)
    .executeTakeFirst();
  return row && invitationRowToInvitation(row);
}

export async function findInvitationByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<Invitation | undefined> {
  const row = await selectInvitations(db).where('invitations.token_hash', '=', tokenHash).executeTakeFirst();
  return row && invitationRowToInvitation(row);
}

/** Marks an invitation used; false when someone else used or revoked it first. */
export async function markInvitationAccepted(db: Kysely<Database>, invitationId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now })
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markInvitationRevoked(db: Kysely<Database>, organizationId: number, invitationId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
