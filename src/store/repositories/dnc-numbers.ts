/** Each team's do-not-call list: numbers as E.164, one entry per number, with who added it, when and how. */
import type { Kysely } from 'kysely';
import type { DncSource } from '../../api/schemas/compliance.ts';
import { compileMultiRow } from '../compile-multi-row.ts';
import type { Database, DncNumberTable } from '../tables.ts';

export interface DncNumber {
  id: number;
  organizationId: number;
  teamId: number;
  /** E.164. */
  number: string;
  source: DncSource;
  note: string | null;
  addedBy: { id: number; name: string } | null;
  addedAt: string;
}

export interface DncNumberInput {
  organizationId: number;
  teamId: number;
  /** E.164, already normalized (see src/server/compliance/normalize-phone-number.ts). */
  number: string;
  source: DncSource;
  note?: string | null | undefined;
  addedByUserId: number | null;
}

/** Rows per INSERT in a bulk add: 7 values each stays far below SQLite's and PostgreSQL's parameter limits. */
const BULK_CHUNK = 500;

function selectDncNumbers(db: Kysely<Database>, organizationId: number, teamId: number) {
  return db
    .selectFrom('dnc_numbers')
    .leftJoin('users', 'users.id', 'dnc_numbers.added_by_user_id')
    .select(['dnc_numbers.id', 'dnc_numbers.organization_id', 'dnc_numbers.team_id', 'dnc_numbers.number', 'dnc_numbers.source', 'dnc_numbers.note', 'dnc_numbers.added_by_user_id', 'dnc_numbers.added_at', 'users.name as added_by_name'])
    .where('dnc_numbers.organization_id', '=', organizationId)
    .where('dnc_numbers.team_id', '=', teamId);
}

type DncNumberRow = Awaited<ReturnType<ReturnType<typeof selectDncNumbers>['executeTakeFirstOrThrow']>>;

function dncNumberRowToDncNumber(row: DncNumberRow): DncNumber {
  return {
    id: row.id,
    organizationId: row.organization_id,
    teamId: row.team_id,
    number: row.number,
    source: row.source as DncSource,
    note: row.note,
    addedBy: row.added_by_user_id === null ? null : { id: row.added_by_user_id, name: row.added_by_name ?? '' },
    addedAt: row.added_at,
  };
}

/**
 * Puts a number on the team's list at once, inside the caller's transaction (the tracked-event ingest calls it when a
 * doNotCall disposition is logged). A number already there keeps its first entry: `added` is then false. Safe against
 * a concurrent add of the same number (ON CONFLICT DO NOTHING, which leaves a PostgreSQL transaction usable).
 */
export async function addDncNumber(db: Kysely<Database>, input: DncNumberInput, now: string): Promise<{ dncNumber: DncNumber; added: boolean }> {
  const inserted = await db
    .insertInto('dnc_numbers')
    .values({
      organization_id: input.organizationId,
      team_id: input.teamId,
      number: input.number,
      source: input.source,
      note: input.note ?? null,
      added_by_user_id: input.addedByUserId,
      added_at: now,
    })
    .onConflict((conflict) => conflict.columns(['team_id', 'number']).doNothing())
    .returning('id')
    .executeTakeFirst();
  const dncNumber = await findDncNumber(db, input.organizationId, input.teamId, input.number);
  if (!dncNumber) throw new Error(`dnc number ${input.number} of team ${input.teamId} was neither inserted nor found`);
  return { dncNumber, added: inserted !== undefined };
}

/** Adds many numbers (E.164, without repeats) to one team's list; those already there are left as they are. Answers how many were new. */
export async function addDncNumbers(
  db: Kysely<Database>,
  input: Omit<DncNumberInput, 'number'> & { numbers: readonly string[] },
  now: string,
): Promise<number> {
  let added = 0;
  for (let offset = 0; offset < input.numbers.length; offset += BULK_CHUNK) {
    const rows = input.numbers.slice(offset, offset + BULK_CHUNK).map((number) => ({
      organization_id: input.organizationId,
      team_id: input.teamId,
      number,
      source: input.source,
      note: input.note ?? null,
      added_by_user_id: input.addedByUserId,
      added_at: now,
    }));
    const inserted = await db
      .insertInto('dnc_numbers')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['team_id', 'number']).doNothing())
      .returning('id')
      .execute();
    added += inserted.length;
  }
  return added;
}

/**
 * Adds many entries, each with its own team, note and author (the doNotCall dials of a batch of tracked events), in
 * one statement per chunk, in team and number order so concurrent batches take their locks in one order. Numbers
 * already listed keep their first entry. Answers how many were new.
 */
export async function addDncEntries(db: Kysely<Database>, inputs: readonly DncNumberInput[], now: string): Promise<number> {
  const unique = new Map<string, DncNumberInput>();
  for (const input of inputs) if (!unique.has(`${input.teamId} ${input.number}`)) unique.set(`${input.teamId} ${input.number}`, input);
  const sorted = [...unique.values()].sort((a, b) => a.teamId - b.teamId || (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  let added = 0;
  for (let offset = 0; offset < sorted.length; offset += BULK_CHUNK) {
    const { rows } = await insertDncRows(
      db,
      sorted.slice(offset, offset + BULK_CHUNK).map((input) => ({
        organization_id: input.organizationId,
        team_id: input.teamId,
        number: input.number,
        source: input.source,
        note: input.note ?? null,
        added_by_user_id: input.addedByUserId,
        added_at: now,
      })),
    );
    added += rows.length;
  }
  return added;
}

type DncRow = Omit<DncNumberTable, 'id'>;

const DNC_COLUMNS: ReadonlyArray<keyof DncRow> = ['organization_id', 'team_id', 'number', 'source', 'note', 'added_by_user_id', 'added_at'];

// Each doNotCall dial of the tracked-event ingest ends with this: compiled once per row count (see compile-multi-row.ts).
const insertDncRows = compileMultiRow(DNC_COLUMNS, (db, rows: DncRow[]) =>
  db
    .insertInto('dnc_numbers')
    .values(rows)
    .onConflict((conflict) => conflict.columns(['team_id', 'number']).doNothing())
    .returning('id'),
);

export async function findDncNumber(db: Kysely<Database>, organizationId: number, teamId: number, number: string): Promise<DncNumber | undefined> {
  const row = await selectDncNumbers(db, organizationId, teamId).where('dnc_numbers.number', '=', number).executeTakeFirst();
  return row && dncNumberRowToDncNumber(row);
}

/** The question asked before every dial: one indexed lookup. */
export async function isOnDncList(db: Kysely<Database>, teamId: number, number: string): Promise<boolean> {
  const row = await db.selectFrom('dnc_numbers').select('id').where('team_id', '=', teamId).where('number', '=', number).executeTakeFirst();
  return row !== undefined;
}

export interface DncListFilter {
  /** Digits that must appear in the number, in this order. */
  digits?: string | undefined;
  /** Pages back by id (newest first). */
  before?: number | undefined;
  limit: number;
}

/** Newest first. */
export async function listDncNumbers(db: Kysely<Database>, organizationId: number, teamId: number, filter: DncListFilter): Promise<DncNumber[]> {
  let query = selectDncNumbers(db, organizationId, teamId);
  if (filter.digits) query = query.where('dnc_numbers.number', 'like', `%${filter.digits}%`);
  if (filter.before !== undefined) query = query.where('dnc_numbers.id', '<', filter.before);
  const rows = await query.orderBy('dnc_numbers.id', 'desc').limit(filter.limit).execute();
  return rows.map(dncNumberRowToDncNumber);
}

export async function countDncNumbers(db: Kysely<Database>, organizationId: number, teamId: number, digits?: string): Promise<number> {
  let query = db.selectFrom('dnc_numbers').select((eb) => eb.fn.countAll<number | string>().as('count')).where('organization_id', '=', organizationId).where('team_id', '=', teamId);
  if (digits) query = query.where('number', 'like', `%${digits}%`);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Takes a number off the list; answers the entry it was, or undefined when it was not there. */
export async function deleteDncNumber(db: Kysely<Database>, organizationId: number, teamId: number, number: string): Promise<DncNumber | undefined> {
  const existing = await findDncNumber(db, organizationId, teamId, number);
  if (!existing) return undefined;
  const result = await db.deleteFrom('dnc_numbers').where('id', '=', existing.id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0 ? existing : undefined;
}
