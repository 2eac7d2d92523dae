/** Building blocks shared by the request and response schemas. */
import { z } from 'zod';

const MAX_ID = 2_147_483_647;

/** A numeric id in a URL path: plain digits only, so "1e3", "0x10" or " 1" are refused rather than guessed at. */
export const IdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'must be a positive whole number')
  .transform(Number)
  .pipe(z.number().max(MAX_ID, 'is too large'));

/** A numeric id inside a JSON body. */
export const Id = z
  .number({ error: 'must be a positive whole number' })
  .int('must be a positive whole number')
  .min(1, 'must be a positive whole number')
  .max(MAX_ID, 'is too large');

/** Control characters (NUL above all, which PostgreSQL refuses in text) have no place in a name. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A one-line name: trimmed, required, bounded, free of control characters. */
export function nameText(max = 100) {
  return z
    .string()
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), 'must not contain control characters');
}

/** Free text over several lines (notes, answers): bounded, free of NUL, which PostgreSQL refuses in text. */
export function noteText(max = 5000) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !value.includes('\u0000'), 'must not contain NUL characters');
}

export const Email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an email address'))
  .transform((email) => email.toLowerCase());

export const Password = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(256, 'must be at most 256 characters');

export const PersonName = nameText();

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z.string().max(64).refine(isTimeZone, 'must be an IANA time zone such as America/Chicago');

export const Timestamp = z.string().describe('ISO-8601 instant in UTC');

export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
