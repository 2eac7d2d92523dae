/** Reads a phone number in a request as E.164 with the team's default country, or refuses it as 400 naming the field. */
import { appError } from '../../api/app-error.ts';
import type { ComplianceSettings } from '../../api/schemas/compliance.ts';
import { normalizePhoneNumber } from '../compliance/normalize-phone-number.ts';

export function readTeamPhoneNumber(text: string, settings: Pick<ComplianceSettings, 'defaultCountry'>, field: string): string {
  const normalized = normalizePhoneNumber(text, settings.defaultCountry);
  if (!normalized.ok) throw appError('VALIDATION_FAILED', { field, message: `${field} ${normalized.message}` });
  return normalized.number;
}
