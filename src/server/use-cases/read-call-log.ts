/**
 * Reads a dialer's call log (CSV, its first line the headers) for a team's process and maps each row to a dial with a
 * column mapping: when, which disposition (the dialer's word through the value mapping, else the key or label
 * itself), the number, whose call (a team member by email), talk time, list and the callback time asked for. Each
 * row gets a client id derived from the team and the row's own values (UUIDv5), so the same row uploaded again is the
 * same event. Shared by the preview and the import; a file that is not CSV, or too long, is refused whole (400 naming
 * `csv`).
 */
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { v5 as uuidv5 } from 'uuid';
import { appError } from '../../api/app-error.ts';
import { IMPORT_FIELDS, MAX_IMPORT_ROWS, type CallLogMapping, type MappedDial, type RowProblem } from '../../api/schemas/call-log-import.ts';
import { MAX_CLOCK_SKEW_SECONDS, MAX_EVENT_AGE_DAYS } from '../../api/schemas/tracking.ts';
import { listMembers } from '../../store/repositories/memberships.ts';
import { findLatestPublishedVersion } from '../../store/repositories/process-versions.ts';
import type { Database } from '../../store/tables.ts';
import type { Principal } from '../auth/access.ts';
import { readCallTime } from '../tracking/read-call-time.ts';
import { findVisibleProcess } from './find-visible-process.ts';
import { findVisibleTeam } from './find-visible-team.ts';

/** The namespace of call-log rows' client ids (a fixed, random UUID: ids derived in it never meet another kind's). */
const CALL_LOG_NAMESPACE = '4f0e7c52-9a3b-4d71-8e26-b5c1d0a9f3e4';

export interface CallLogInput {
  teamId: number;
  processId: number;
  csv: string;
  mapping?: CallLogMapping | undefined;
  dispositionValues: Record<string, string>;
  timeZone?: string | undefined;
  list?: string | undefined;
}

export interface CallLogRecord {
  /** The line of the file it is on (the header is line 1; a value over several lines counts its last). */
  row: number;
  values: string[];
}

export interface MappedRow {
  dial: MappedDial | null;
  problems: RowProblem[];
}

export interface CallLog {
  columns: string[];
  records: CallLogRecord[];
  /** The mapping given, else one guessed from the headers. */
  mapping: CallLogMapping;
  timeZone: string;
  dispositions: Array<{ key: string; label: string }>;
  /** The disposition a dialer's word maps to, or null. */
  dispositionOf(word: string): string | null;
  mapRow(record: CallLogRecord): MappedRow;
}

/** Header words that suggest each field, compared without case, spaces or punctuation. */
const HEADER_HINTS: Record<(typeof IMPORT_FIELDS)[number], string[]> = {
  occurredAt: ['time', 'datetime', 'calltime', 'date', 'timestamp', 'startedat', 'starttime', 'calldate', 'occurredat'],
  disposition: ['disposition', 'result', 'outcome', 'status', 'callresult', 'dispo'],
  phoneNumber: ['phone', 'phonenumber', 'number', 'dialednumber', 'to', 'callee', 'tel'],
  userEmail: ['email', 'agentemail', 'useremail', 'agent', 'user', 'vaemail', 'caller'],
  durationSeconds: ['duration', 'talktime', 'seconds', 'durationseconds', 'calllength', 'length'],
  list: ['list', 'listname', 'campaign', 'leadsource', 'source'],
  // Only headers that name a time: a yes/no "Callback" column is not one.
  callbackAt: ['callbackat', 'callbacktime', 'callbackdate', 'callbackdatetime'],
};

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function suggestMapping(columns: string[]): CallLogMapping {
  const mapping: CallLogMapping = {};
  const taken = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    const column = HEADER_HINTS[field].map((hint) => columns.find((name) => !taken.has(name) && squash(name) === hint)).find(Boolean);
    if (column) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
}

/** Whole seconds, or M:SS / H:MM:SS; null when it is neither. */
function readDuration(text: string): number | null {
  if (/^\d{1,6}$/.test(text)) return Number(text);
  const clock = /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})$/.exec(text);
  if (!clock || Number(clock[3]) > 59) return null;
  const seconds = Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return seconds <= 24 * 3600 ? seconds : null;
}

function parseCsv(csv: string): Array<{ record: string[]; info: { lines: number } }> {
  try {
    return parse(csv, {
      info: true,
      bom: true,
      delimiter: [',', ';', '\t'],
      skip_empty_lines: true,
      trim: true,
      // A short or long row is reported as that row's problem, not as a broken file.
      relax_column_count: true,
      max_record_size: 64 * 1024,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    throw appError('VALIDATION_FAILED', { field: 'csv', message: `csv cannot be read as CSV: ${(error as Error).message}` });
  }
}

export async function readCallLog(db: Kysely<Database>, principal: Principal, input: CallLogInput, now = new Date()): Promise<CallLog> {
  const team = await findVisibleTeam(db, principal, input.teamId);
  const process = await findVisibleProcess(db, principal, input.processId);
  if (process.teamId !== team.id) throw appError('VALIDATION_FAILED', { field: 'processId', message: 'processId is not a process of this team' });
  const version = await findLatestPublishedVersion(db, principal.organizationId, process.id);
  if (!version) throw appError('VALIDATION_FAILED', { field: 'processId', message: 'processId has no published version to count the dials for' });
  const dispositions = version.documentation.dispositions.map((disposition) => ({ key: disposition.key, label: disposition.label }));

  const [first, ...rows] = parseCsv(input.csv);
  const header = first?.record;
  if (!header || header.length === 0) throw appError('VALIDATION_FAILED', { field: 'csv', message: 'csv must start with a line of column headers' });
  if (rows.length > MAX_IMPORT_ROWS) throw appError('VALIDATION_FAILED', { field: 'csv', message: `csv must hold at most ${MAX_IMPORT_ROWS} rows: split the file` });
  const columns = header;
  const mapping = input.mapping ?? suggestMapping(columns);
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column !== undefined && !columns.includes(column)) {
      throw appError('VALIDATION_FAILED', { field: `mapping.${field}`, message: `mapping.${field} names "${column}", which is not a column of the file` });
    }
  }
  const timeZone = input.timeZone ?? team.timeZone;
  const members = new Map((await listMembers(db, principal.organizationId, { teamId: team.id })).map((member) => [member.email.toLowerCase(), member.userId]));

  const byKey = new Map(dispositions.map((disposition) => [disposition.key.toLowerCase(), disposition.key]));
  const byLabel = new Map(dispositions.map((disposition) => [disposition.label.toLowerCase(), disposition.key]));
  const valueMapping = new Map(Object.entries(input.dispositionValues).map(([word, key]) => [word.trim().toLowerCase(), key]));
  const dispositionOf = (word: string): string | null => {
    const lower = word.trim().toLowerCase();
    const mapped = valueMapping.get(lower);
    if (mapped !== undefined) return byKey.get(mapped.toLowerCase()) ?? null;
    return byKey.get(lower) ?? byLabel.get(lower) ?? null;
  };
  const index = new Map(columns.map((name, position) => [name, position] as const).reverse());
  const earliest = now.getTime() - MAX_EVENT_AGE_DAYS * 86_400_000;
  const latest = now.getTime() + MAX_CLOCK_SKEW_SECONDS * 1000;

  const mapRow = (record: CallLogRecord): MappedRow => {
    const problems: RowProblem[] = [];
    const cell = (field: (typeof IMPORT_FIELDS)[number]) => {
      const column = mapping[field];
      return column === undefined ? '' : (record.values[index.get(column)!] ?? '');
    };
    if (record.values.length !== columns.length) problems.push({ field: 'row', message: `has ${record.values.length} values where the header names ${columns.length} columns` });

    let occurredAt: string | null = null;
    if (mapping.occurredAt === undefined) problems.push({ field: 'occurredAt', message: 'choose the column that holds the time of the call' });
    else {
      occurredAt = readCallTime(cell('occurredAt'), timeZone);
      if (occurredAt === null) problems.push({ field: 'occurredAt', message: `"${cell('occurredAt')}" is not a date and time such as 2025-03-09 14:30 or 2025-03-09T14:30:00Z` });
      else if (Date.parse(occurredAt) > latest) problems.push({ field: 'occurredAt', message: 'is in the future' });
      else if (Date.parse(occurredAt) < earliest) problems.push({ field: 'occurredAt', message: `is more than ${MAX_EVENT_AGE_DAYS} days ago` });
    }

    let disposition: string | null = null;
    if (mapping.disposition === undefined) problems.push({ field: 'disposition', message: 'choose the column that holds the outcome of the call' });
    else if (!cell('disposition')) problems.push({ field: 'disposition', message: 'is empty' });
    else {
      disposition = dispositionOf(cell('disposition'));
      if (disposition === null) problems.push({ field: 'disposition', message: `"${cell('disposition')}" is not mapped to a disposition of the process` });
    }

    let userId = principal.userId;
    if (mapping.userEmail !== undefined) {
      const member = members.get(cell('userEmail').toLowerCase());
      if (member === undefined) problems.push({ field: 'userEmail', message: cell('userEmail') ? `${cell('userEmail')} is not a member of the team` : 'is empty' });
      else userId = member;
    }

    let durationSeconds: number | null = null;
    if (cell('durationSeconds')) {
      durationSeconds = readDuration(cell('durationSeconds'));
      if (durationSeconds === null) problems.push({ field: 'durationSeconds', message: `"${cell('durationSeconds')}" is not a number of seconds or M:SS` });
    }
    const list = cell('list') || input.list || null;
    if (list !== null && list.length > 200) problems.push({ field: 'list', message: 'must be at most 200 characters' });
    const phoneNumber = cell('phoneNumber') || null;
    if (phoneNumber !== null && phoneNumber.length > 40) problems.push({ field: 'phoneNumber', message: 'must be at most 40 characters' });
    let callbackAt: string | null = null;
    if (cell('callbackAt')) {
      callbackAt = readCallTime(cell('callbackAt'), timeZone);
      if (callbackAt === null) problems.push({ field: 'callbackAt', message: `"${cell('callbackAt')}" is not a date and time such as 2025-03-09 14:30 or 2025-03-09T14:30:00Z` });
    }

    if (problems.length > 0) return { dial: null, problems };
    // The row's own words, not what they were mapped to: uploading it again with another mapping or time zone is still the same call.
    const content = JSON.stringify([team.id, cell('occurredAt'), cell('phoneNumber'), cell('disposition').toLowerCase(), cell('userEmail').toLowerCase(), cell('durationSeconds')]);
    return {
      dial: { clientId: uuidv5(content, CALL_LOG_NAMESPACE), occurredAt: occurredAt!, disposition: disposition!, phoneNumber, userId, durationSeconds, list, callbackAt },
      problems,
    };
  };

  return {
    columns,
    records: rows.map(({ record, info }) => ({ row: info.lines, values: record })),
    mapping,
    timeZone,
    dispositions,
    dispositionOf,
    mapRow,
  };
}
