/** Reads a phone number as a person or a dialer writes it and gives it as E.164, the one spelling the do-not-call list stores and compares. */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type NormalizedPhoneNumber =
  | { ok: true; number: string; countryCallingCode: string; nationalNumber: string }
  | { ok: false; message: string };

/** Whether phone numbering knows the country, so it can read numbers written without their country code. */
export function isPhoneCountry(country: string): boolean {
  return isSupportedCountry(country);
}

/**
 * `defaultCountry` reads a number written without "+" and its country code ("(312) 555-0143" in the US). The
 * whole text must be the number (an extension is dropped: the list is about the line); a number the numbering
 * plan does not know (an unassigned area code, too few digits) is refused rather than stored in a spelling
 * that would never match a dial.
 */
export function normalizePhoneNumber(text: string, defaultCountry: string): NormalizedPhoneNumber {
  const country = isSupportedCountry(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(text.trim(), { defaultCountry: country, extract: false });
  if (!parsed) return { ok: false, message: 'is not a phone number' };
  if (!parsed.isValid()) return { ok: false, message: `is not a valid phone number${parsed.countryCallingCode === '1' ? ' in the North American numbering plan' : ''}` };
  return { ok: true, number: parsed.number, countryCallingCode: parsed.countryCallingCode, nationalNumber: parsed.nationalNumber };
}
