/** The compliance guard: a team's do-not-call list, its calling window and guard mode, and the check the tracker asks before each dial. */
import { z } from 'zod';
import { IdParam, TimeZone, Timestamp } from './common.ts';

/** off: no checks; warn: the dial goes ahead with the violations shown; block: a dial with a violation is refused. */
export const GUARD_MODES = ['off', 'warn', 'block'] as const;
export const GuardMode = z.enum(GUARD_MODES);
export type GuardMode = z.infer<typeof GuardMode>;

/** How a number came onto the list: asked during a call, imported, or typed in by someone. */
export const DNC_SOURCES = ['callRequest', 'import', 'manual'] as const;
export const DncSource = z.enum(DNC_SOURCES);
export type DncSource = z.infer<typeof DncSource>;

/** The legal window (08:00-21:00 in the called party's time zone); a team may narrow it, never widen it. */
export const LEGAL_CALLING_WINDOW = { start: '08:00', end: '21:00' } as const;

const ClockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time of day as HH:MM');

export const CallingWindow = z
  .strictObject({ start: ClockTime, end: ClockTime })
  .refine((window) => window.start < window.end, { message: 'start must be before end', path: ['start'] })
  .refine((window) => window.start >= LEGAL_CALLING_WINDOW.start && window.end <= LEGAL_CALLING_WINDOW.end, {
    message: `must lie within ${LEGAL_CALLING_WINDOW.start}-${LEGAL_CALLING_WINDOW.end}, the hours the law allows`,
  });
export type CallingWindow = z.infer<typeof CallingWindow>;

/** ISO 3166 alpha-2, upper case (US, CA, ...); the server checks that phone numbering knows it. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as US');

export const ComplianceSettings = z.object({
  guardMode: GuardMode,
  callingWindow: z.object({ start: z.string(), end: z.string() }),
  defaultCountry: z.string(),
  /** null while the team still has the defaults. */
  updatedAt: Timestamp.nullable(),
});
export type ComplianceSettings = z.infer<typeof ComplianceSettings>;

/**
 * A team that never changed its settings blocks dials to listed numbers and outside the legal window: the client who
 * causes the calls answers for them, and a warning is only as good as the person reading it mid-call.
 */
export const DEFAULT_COMPLIANCE_SETTINGS: Omit<ComplianceSettings, 'updatedAt'> = Object.freeze({
  guardMode: 'block',
  callingWindow: { ...LEGAL_CALLING_WINDOW },
  defaultCountry: 'US',
});

export const UpdateComplianceSettingsBody = z.strictObject({ guardMode: GuardMode, callingWindow: CallingWindow, defaultCountry: CountryCode });
export type UpdateComplianceSettingsBody = z.input<typeof UpdateComplianceSettingsBody>;

/** A phone number as a person or a dialer writes it: "+1 312 555 0143", "(312) 555-0143", "3125550143". */
const PhoneNumberText = z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters');

/** Free text kept beside an entry or in the audit log; NUL has no place in text (PostgreSQL refuses it). */
const Note = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .refine((value) => !value.includes('\u0000'), 'must not contain NUL characters');

export const DncNumber = z.object({
  id: z.number(),
  /** E.164, e.g. +13125550143. */
  number: z.string(),
  source: DncSource,
  note: z.string().nullable(),
  addedBy: z.object({ id: z.number(), name: z.string() }).nullable(),
  addedAt: Timestamp,
});
export type DncNumber = z.infer<typeof DncNumber>;

export const DncNumberParams = z.strictObject({ teamId: IdParam, phoneNumber: PhoneNumberText });

export const DncListQuery = z.strictObject({
  /** Digits anywhere in the number: "555" or "312 555". */
  search: z.string().trim().max(40, 'must be at most 40 characters').optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type DncListFilter = Partial<z.infer<typeof DncListQuery>>;

export const DncList = z.object({ numbers: z.array(DncNumber), total: z.number(), nextBefore: z.number().nullable() });
export type DncList = z.infer<typeof DncList>;

export const AddDncNumberBody = z.strictObject({
  number: PhoneNumberText,
  /** import is for the bulk route. */
  source: z.enum(['callRequest', 'manual']).default('manual'),
  note: Note.optional(),
});
export type AddDncNumberBody = z.input<typeof AddDncNumberBody>;

/** `added` is false when the number was already on the list: the answer is then the entry that was there (200, not 201). */
export const AddedDncNumber = z.object({ dncNumber: DncNumber, added: z.boolean() });
export type AddedDncNumber = z.infer<typeof AddedDncNumber>;

export const MAX_BULK_DNC_NUMBERS = 10_000;

export const BulkAddDncNumbersBody = z.strictObject({
  numbers: z
    .array(z.string().max(40, 'must be at most 40 characters'))
    .min(1, 'must hold at least one number')
    .max(MAX_BULK_DNC_NUMBERS, `must hold at most ${MAX_BULK_DNC_NUMBERS} numbers`),
  note: Note.optional(),
});
export type BulkAddDncNumbersBody = z.input<typeof BulkAddDncNumbersBody>;

export const BulkAddDncNumbersResult = z.object({
  received: z.number(),
  added: z.number(),
  /** Valid numbers that were on the list already, or twice in the request. */
  alreadyListed: z.number(),
  /** Rows (1-based positions in `numbers`) that are not phone numbers; every other row was taken. */
  invalid: z.array(z.object({ row: z.number(), value: z.string(), message: z.string() })),
});
export type BulkAddDncNumbersResult = z.infer<typeof BulkAddDncNumbersResult>;

export const RemoveDncNumberQuery = z.strictObject({ reason: Note.optional() });
export type RemoveDncNumberQuery = z.input<typeof RemoveDncNumberQuery>;

export const CheckDialBody = z.strictObject({
  number: PhoneNumberText,
  /** The record's own time zone when its data has one; else the area code tells, when it can. */
  recordTimeZone: TimeZone.optional(),
  /** When the dial happens; now when omitted (a callback being scheduled is checked for its time). */
  at: z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date and time' }).optional(),
});
export type CheckDialBody = z.input<typeof CheckDialBody>;

export const DialRule = z.enum(['dnc', 'callingHours']);
export type DialRule = z.infer<typeof DialRule>;

export const DialCheck = z.object({
  /** The number as E.164. */
  number: z.string(),
  /** false only when the guard blocks and a rule is broken. */
  allowed: z.boolean(),
  mode: GuardMode,
  violations: z.array(z.object({ rule: DialRule, message: z.string() })),
  /** What the guard could not check, e.g. the calling hours of a number whose time zone is unknown. */
  notices: z.array(z.object({ rule: DialRule, message: z.string() })),
  onDncList: z.boolean(),
  /** inside/outside the window, or unknownTimeZone: the hours rule could not apply. */
  callingHours: z.enum(['inside', 'outside', 'unknownTimeZone']),
  /** The called party's zone when it is known to be one; null when unknown or when the area code spans several. */
  calledPartyTimeZone: z.string().nullable(),
  /** Its local time at the dial ('YYYY-MM-DDTHH:MM'), with calledPartyTimeZone. */
  localTime: z.string().nullable(),
  timeZoneSource: z.enum(['record', 'areaCode']).nullable(),
  /** Every zone the called party may be in (one when known), each with its local time; a dial must be inside the window in all of them. */
  possibleTimeZones: z.array(z.object({ timeZone: z.string(), localTime: z.string(), insideWindow: z.boolean() })),
});
export type DialCheck = z.infer<typeof DialCheck>;
