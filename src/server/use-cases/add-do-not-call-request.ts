/** Puts the number of a do-not-call request on the team's list at once, inside the caller's transaction (the tracked-event ingest's doNotCall disposition). */
import type { Kysely } from 'kysely';
import { addDncNumber, type DncNumber } from '../../store/repositories/dnc-numbers.ts';
import type { Database } from '../../store/tables.ts';
import { normalizePhoneNumber } from '../compliance/normalize-phone-number.ts';
import { readComplianceSettings } from './read-compliance-settings.ts';

export interface DoNotCallRequest {
  organizationId: number;
  teamId: number;
  /** As the VA or the dialer wrote it; read with the team's default country. */
  phoneNumber: string;
  /** Who logged the disposition. */
  userId: number | null;
  /** e.g. "tracked event 0b6f…" so the entry points back at what caused it. */
  note?: string | undefined;
}

export type DoNotCallResult = { ok: true; dncNumber: DncNumber; added: boolean } | { ok: false; message: string };

/**
 * Never throws for a bad number (the disposition itself is still worth recording): it answers `ok: false` with the
 * reason, and the caller decides whether to refuse the event. A number already listed answers `added: false`.
 */
export async function addDoNotCallRequest(db: Kysely<Database>, request: DoNotCallRequest, now: string): Promise<DoNotCallResult> {
  const settings = await readComplianceSettings(db, request.organizationId, request.teamId);
  const normalized = normalizePhoneNumber(request.phoneNumber, settings.defaultCountry);
  if (!normalized.ok) return { ok: false, message: `phoneNumber ${normalized.message}` };
  const { dncNumber, added } = await addDncNumber(
    db,
    { organizationId: request.organizationId, teamId: request.teamId, number: normalized.number, source: 'callRequest', note: request.note ?? null, addedByUserId: request.userId },
    now,
  );
  return { ok: true, dncNumber, added };
}
