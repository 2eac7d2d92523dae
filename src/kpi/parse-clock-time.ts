/** Reads a wall-clock time 'HH:MM' (00:00 ... 24:00) as seconds since midnight. */

export function parseClockTime(text: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  const seconds = match ? Number(match[1]) * 3600 + Number(match[2]) * 60 : Number.NaN;
  if (!match || seconds > 86_400) throw new RangeError(`"${text}" is not a time of day HH:MM`);
  return seconds;
}
