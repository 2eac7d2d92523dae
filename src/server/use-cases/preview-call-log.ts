/** The mapping step of a call-log import: the file's columns, the mapping used (given or guessed), the dialer's disposition words with what each maps to, and the first rows as they would be recorded, with each row's problems. */
import type { Kysely } from 'kysely';
import { PREVIEW_ROWS, type CallLogPreview } from '../../api/schemas/call-log-import.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { readCallLog, type CallLogInput } from './read-call-log.ts';

/** The distinct disposition words shown at most. */
const MAX_WORDS = 100;

export async function previewCallLog(db: Kysely<Database>, principal: Principal, input: CallLogInput, now = new Date()): Promise<CallLogPreview> {
  const log = await readCallLog(db, principal, input, now);
  const mapped = log.records.map((record) => ({ record, ...log.mapRow(record) }));
  const words = new Map<string, number>();
  const dispositionColumn = log.mapping.disposition === undefined ? -1 : log.columns.indexOf(log.mapping.disposition);
  if (dispositionColumn >= 0) {
    for (const { values } of log.records) {
      const word = values[dispositionColumn] ?? '';
      if (word) words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  const validRows = mapped.filter((row) => row.dial !== null).length;
  return {
    columns: log.columns,
    rowCount: log.records.length,
    validRows,
    invalidRows: log.records.length - validRows,
    mapping: log.mapping,
    dispositions: log.dispositions,
    dispositionWords: [...words]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_WORDS)
      .map(([word, rows]) => ({ word, rows, disposition: log.dispositionOf(word) })),
    rows: mapped.slice(0, PREVIEW_ROWS).map(({ record, dial, problems }) => ({
      row: record.row,
      values: Object.fromEntries(log.columns.map((column, position) => [column, record.values[position] ?? ''])),
      dial,
      problems,
    })),
  };
}
