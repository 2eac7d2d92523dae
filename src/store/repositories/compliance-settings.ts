/** Each team's compliance guard settings; a team without a row has the defaults (applied by the server). */
import type { Kysely } from 'kysely';
import type { GuardMode } from '../../api/schemas/compliance.ts';
import type { Database } from '../tables.ts';

export interface StoredComplianceSettings {
  guardMode: GuardMode;
  callingWindow: { start: string; end: string };
  defaultCountry: string;
  updatedAt: string;
  updatedByUserId: number | null;
}

export async function findComplianceSettings(db: Kysely<Database>, organizationId: number, teamId: number): Promise<StoredComplianceSettings | undefined> {
  const row = await db
    .selectFrom('team_compliance_settings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('team_id', '=', teamId)
    .executeTakeFirst();
  return (
    row && {
      guardMode: row.guard_mode as GuardMode,
      callingWindow: { start: row.window_start, end: row.window_end },
      defaultCountry: row.default_country,
      updatedAt: row.updated_at,
      updatedByUserId: row.updated_by_user_id,
    }
  );
}

/** Writes the team's settings whole, creating the row on the first change. */
export async function saveComplianceSettings(
  db: Kysely<Database>,
  input: { organizationId: number; teamId: number; guardMode: GuardMode; callingWindow: { start: string; end: string }; defaultCountry: string; updatedByUserId: number | null },
  now: string,
): Promise<void> {
  const values = {
    guard_mode: input.guardMode,
    window_start: input.callingWindow.start,
    window_end: input.callingWindow.end,
    default_country: input.defaultCountry,
    updated_by_user_id: input.updatedByUserId,
    updated_at: now,
  };
  await db
    .insertInto('team_compliance_settings')
    .values({ team_id: input.teamId, organization_id: input.organizationId, ...values })
    .onConflict((conflict) => conflict.column('team_id').doUpdateSet(values))
    .execute();
}
