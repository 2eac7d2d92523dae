/** Answers the tracker's question before a dial, under the team's settings and its do-not-call list as they are now. */
import type { Kysely } from 'kysely';
import { appError } from '../../api/app-error.ts';
import type { DialCheck } from '../../api/schemas/compliance.ts';
import { isOnDncList } from '../../store/repositories/dnc-numbers.ts';
import type { Team } from '../../store/repositories/teams.ts';
import type { Database } from '../../store/tables.ts';
import { checkDial } from '../compliance/check-dial.ts';
import { readComplianceSettings } from './read-compliance-settings.ts';
import { readTeamPhoneNumber } from './read-team-phone-number.ts';

export async function checkTeamDial(db: Kysely<Database>, team: Team, body: { number: string; recordTimeZone?: string | undefined; at?: string | undefined }, now: Date): Promise<DialCheck> {
  const settings = await readComplianceSettings(db, team.organizationId, team.id);
  const number = readTeamPhoneNumber(body.number, settings, 'number');
  const at = body.at === undefined ? now : new Date(body.at);
  if (Number.isNaN(at.getTime())) throw appError('VALIDATION_FAILED', { field: 'at', message: 'at must be an ISO-8601 date and time' });
  return checkDial({ number, at, recordTimeZone: body.recordTimeZone, settings, isOnDncList: await isOnDncList(db, team.id, number) });
}
