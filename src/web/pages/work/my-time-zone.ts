/** The reader's time zone: the browser's, which is where the VA sits (the session carries none). */
export function myTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
