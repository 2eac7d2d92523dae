/** Reads a cron timer cycle (`0 9 * * 1-5`: five or six fields, as Camunda and Zeebe accept in timeCycle), or null. */
import { Cron } from 'croner';

export function parseCronCycle(text: string): string | null {
  const expression = text.trim().replace(/\s+/g, ' ');
  const fields = expression.split(' ').length;
  if (fields < 5 || fields > 6) return null;
  try {
    // Paused: this only parses the pattern; nothing is scheduled in this process.
    new Cron(expression, { paused: true });
    return expression;
  } catch {
    return null;
  }
}
