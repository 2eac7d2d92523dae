/** Adds an ISO-8601 duration to an instant, with calendar months and years in UTC. */
import { parseIsoDuration } from '../bpmn/parse-iso-duration.ts';

export function addIsoDuration(fromMs: number, duration: string): number {
  const parts = parseIsoDuration(duration);
  if (!parts) throw new Error(`"${duration}" is not an ISO-8601 duration`);
  const date = new Date(fromMs);
  if (parts.years || parts.months) date.setUTCMonth(date.getUTCMonth() + parts.years * 12 + parts.months);
  const days = parts.weeks * 7 + parts.days;
  const seconds = days * 86_400 + parts.hours * 3_600 + parts.minutes * 60 + parts.seconds;
  return date.getTime() + Math.round(seconds * 1000);
}
