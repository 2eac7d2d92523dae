/**
 * A first check of a typed phone number, before the server reads it properly (E.164, the team's default country):
 * digits with the usual separators, 7 to 15 digits. Catches a stray letter or a half-typed number at once, offline too.
 */
export function looksLikePhoneNumber(text: string): boolean {
  const trimmed = text.trim();
  if (!/^\+?[0-9\s().-]+$/.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

export const PHONE_NUMBER_HINT = 'write it as +15125550100 or (512) 555-0100';
