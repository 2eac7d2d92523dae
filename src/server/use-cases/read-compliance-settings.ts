/** A team's compliance settings, or the defaults while the team has never changed them. */
import type { Kysely } from 'kysely';
import { DEFAULT_COMPLIANCE_SETTINGS, type ComplianceSettings } from '../../api/schemas/compliance.ts';
import { findComplianceSettings } from '../../store/repositories/compliance-settings.ts';
import type { Database } from '../../store/tables.ts';

export async function readComplianceSettings(db: Kysely<Database>, organizationId: number, teamId: number): Promise<ComplianceSettings> {
  const stored = await findComplianceSettings(db, organizationId, teamId);
  if (!stored) return { ...DEFAULT_COMPLIANCE_SETTINGS, callingWindow: { ...DEFAULT_COMPLIANCE_SETTINGS.callingWindow }, updatedAt: null };
  return { guardMode: stored.guardMode, callingWindow: stored.callingWindow, defaultCountry: stored.defaultCountry, updatedAt: stored.updatedAt };
}
