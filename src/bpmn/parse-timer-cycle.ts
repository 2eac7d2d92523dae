/** Reads a repeating timer `R[n]/<duration>` (ISO-8601 repeating interval without a start date), or null. */
import { parseIsoDuration } from './parse-iso-duration.ts';

export interface TimerCycle {
  /** null repeats forever. */
  repetitions: number | null;
  interval: string;
}

export function parseTimerCycle(text: string): TimerCycle | null {
  const match = /^R(\d*)\/(P.+)$/.exec(text.trim());
  if (!match || !parseIsoDuration(match[2]!)) return null;
  return { repetitions: match[1] ? Number(match[1]) : null, interval: match[2]! };
}
