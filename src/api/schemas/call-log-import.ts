/** Importing a dialer's call log (CSV) as tracked dials: the column mapping, the preview with per-row errors, and the per-row import report. */
import { z } from 'zod';
import { Id, nameText, TimeZone } from './common.ts';

/** The most data rows one upload may hold; split a larger log. */
export const MAX_IMPORT_ROWS = 10_000;
/** The largest CSV text accepted, in characters. */
export const MAX_IMPORT_CSV_LENGTH = 3_000_000;
/** Rows shown by a preview. */
export const PREVIEW_ROWS = 20;

/** What each column means; a column is named by its header (the CSV's first line). */
export const IMPORT_FIELDS = ['occurredAt', 'disposition', 'phoneNumber', 'userEmail', 'durationSeconds', 'list', 'callbackAt'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const ColumnName = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');

export const CallLogMapping = z.strictObject({
  /** When the call was made: ISO-8601 (with or without an offset), "YYYY-MM-DD HH:MM[:SS]" or "MM/DD/YYYY HH:MM[:SS] [AM|PM]"; without an offset it is read in `timeZone`. */
  occurredAt: ColumnName.optional(),
  /** The dialer's word for the outcome, turned into a disposition key of the process by `dispositionValues` (else by the key or label itself). */
  disposition: ColumnName.optional(),
  phoneNumber: ColumnName.optional(),
  /** Whose call it was, by the email of a team member; without it every row is the caller's. */
  userEmail: ColumnName.optional(),
  /** Talk time: whole seconds, or M:SS / H:MM:SS. */
  durationSeconds: ColumnName.optional(),
  /** The list or lead source; `list` below gives one for every row instead. */
  list: ColumnName.optional(),
  /** When the called party asked to be called back, read like occurredAt: a row whose outcome counts as a callback then starts its callback run. */
  callbackAt: ColumnName.optional(),
});
export type CallLogMapping = z.infer<typeof CallLogMapping>;

const callLogFields = {
  teamId: Id,
  /** The team's process the dials count for (its latest published version's disposition set). */
  processId: Id,
  csv: z
    .string()
    .min(1, 'is required')
    .max(MAX_IMPORT_CSV_LENGTH, `must be at most ${MAX_IMPORT_CSV_LENGTH} characters: split the file`)
    .refine((value) => !value.includes('\u0000'), 'must not contain NUL characters'),
  /** The dialer's words (as they appear, compared without case) -> disposition keys of the process. */
  dispositionValues: z
    .record(z.string().trim().min(1).max(100), z.string().regex(/^[a-z][a-zA-Z0-9_]{0,49}$/, 'must be a disposition key of the process'))
    .refine((value) => Object.keys(value).length <= 200, 'must map at most 200 words')
    .default({}),
  /** For times written without an offset; the team's time zone by default. */
  timeZone: TimeZone.optional(),
  /** The list or lead source of every row (a mapped list column wins where it has a value). */
  list: nameText(200).optional(),
};

/** A preview reads the file with whatever mapping is chosen so far (a suggested one when none is given). */
export const PreviewCallLogBody = z.strictObject({ ...callLogFields, mapping: CallLogMapping.optional() });
export type PreviewCallLogBody = z.input<typeof PreviewCallLogBody>;

export const ImportCallLogBody = z.strictObject({
  ...callLogFields,
  mapping: CallLogMapping.extend({ occurredAt: ColumnName, disposition: ColumnName }),
});
export type ImportCallLogBody = z.input<typeof ImportCallLogBody>;

export const RowProblem = z.object({ field: z.string(), message: z.string() });
export type RowProblem = z.infer<typeof RowProblem>;

/** A row as it will be recorded. */
export const MappedDial = z.object({
  clientId: z.string(),
  occurredAt: z.string(),
  disposition: z.string(),
  phoneNumber: z.string().nullable(),
  userId: z.number(),
  durationSeconds: z.number().nullable(),
  list: z.string().nullable(),
  /** The callback time asked for, as a UTC instant; null when the row has none. */
  callbackAt: z.string().nullable(),
});
export type MappedDial = z.infer<typeof MappedDial>;

export const PreviewRow = z.object({
  /** The line of the file the row is on (the header is line 1). */
  row: z.number(),
  values: z.record(z.string(), z.string()),
  dial: MappedDial.nullable(),
  problems: z.array(RowProblem),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const CallLogPreview = z.object({
  columns: z.array(z.string()),
  rowCount: z.number(),
  /** Rows the mapping reads without a problem (the import may still reject some: an unreadable phone number, a duplicate). */
  validRows: z.number(),
  invalidRows: z.number(),
  /** The mapping used: the one given, else one guessed from the headers. */
  mapping: CallLogMapping,
  /** The process's disposition set, to map the dialer's words to. */
  dispositions: z.array(z.object({ key: z.string(), label: z.string() })),
  /** Each word of the disposition column, how often it appears, and the disposition it maps to (null: none yet). */
  dispositionWords: z.array(z.object({ word: z.string(), rows: z.number(), disposition: z.string().nullable() })),
  rows: z.array(PreviewRow),
});
export type CallLogPreview = z.infer<typeof CallLogPreview>;

export const ImportedRow = z.object({
  row: z.number(),
  /** The id derived from the team and the row's content (null when the row could not be read). */
  clientId: z.string().nullable(),
  /** imported now; duplicate: imported before (an earlier upload, or the same row twice); rejected: not recorded. */
  status: z.enum(['imported', 'duplicate', 'rejected']),
  code: z.string().optional(),
  field: z.string().optional(),
  reason: z.string().optional(),
});
export type ImportedRow = z.infer<typeof ImportedRow>;

export const CallLogImportResult = z.object({
  imported: z.number(),
  duplicates: z.number(),
  rejected: z.number(),
  rows: z.array(ImportedRow),
});
export type CallLogImportResult = z.infer<typeof CallLogImportResult>;
