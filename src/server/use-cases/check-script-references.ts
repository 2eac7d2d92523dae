/** Which of the script ids a process's documentation names are scripts of the caller's organization. */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/tables.ts';

export async function findUnknownScriptIds(db: Kysely<Database>, organizationId: number, scriptIds: readonly number[]): Promise<number[]> {
  if (scriptIds.length === 0) return [];
  const rows = await db.selectFrom('scripts').select('id').where('organization_id', '=', organizationId).where('id', 'in', [...scriptIds]).execute();
  const known = new Set(rows.map((row) => row.id));
  return scriptIds.filter((id) => !known.has(id));
}
