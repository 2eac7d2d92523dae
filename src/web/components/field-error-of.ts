/** The message of an API error that names this field, worded to sit under the field's label. */
import type { ApiError } from '../../api/client.ts';

export function fieldErrorOf(error: ApiError | null, field: string): string | undefined {
  if (!error || error.field !== field) return undefined;
  // The API says "password must be at least 10 characters"; under the label the field's code name is noise.
  const message = error.message.startsWith(`${field} `)
    ? error.message.slice(field.length + 1)
    : error.message.startsWith(`${field}: `)
      ? error.message.slice(field.length + 2)
      : error.message;
  return message.charAt(0).toUpperCase() + message.slice(1);
}
