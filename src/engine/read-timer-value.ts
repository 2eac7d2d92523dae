/**
 * Reads what a timer's FEEL expression gave: an instant for a date (a FEEL date and time with a zone or offset, a FEEL
 * date as midnight UTC, or ISO-8601 text), an ISO-8601 duration for a duration (a FEEL duration or ISO-8601 text).
 * Anything else comes back as a sentence saying what it was, for the incident.
 */
import { FeelDate, FeelDateTime, FeelDuration } from 'feelin';
import { parseIsoDuration } from '../bpmn/parse-iso-duration.ts';
import { parseIsoInstant } from '../bpmn/parse-iso-instant.ts';

export type ReadValue<T> = { ok: true; value: T } | { ok: false; error: string };

export function readInstantValue(value: unknown): ReadValue<number> {
  if (typeof value === 'string') {
    const ms = parseIsoInstant(value);
    return ms === undefined ? failed(`${describe(value)}, not an ISO-8601 date and time with a zone such as 2026-01-31T09:00:00Z`) : { ok: true, value: ms };
  }
  if (value instanceof FeelDateTime) {
    // A local date and time (no zone) would be read in the server's zone: refused, as in text.
    if (value.zone === null) return failed(`the date and time ${value.toString()} without a zone`);
    const offsetMs = value['time offset'].value.total({ unit: 'milliseconds' });
    return { ok: true, value: Date.parse(`${value.unwrap().toString()}Z`) - offsetMs };
  }
  if (value instanceof FeelDate) return { ok: true, value: Date.parse(`${value.toString()}T00:00:00Z`) };
  return failed(`${describe(value)}, not a date and time`);
}

export function readDurationValue(value: unknown): ReadValue<string> {
  const text = typeof value === 'string' ? value.trim() : value instanceof FeelDuration ? value.toString() : undefined;
  if (text !== undefined && parseIsoDuration(text)) return { ok: true, value: text };
  return failed(`${describe(value)}, not a duration such as PT1H`);
}

function failed(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'no value (null)';
  if (typeof value === 'string') return `the text "${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof FeelDuration) return `the duration ${value.toString()}`;
  if (value instanceof FeelDateTime || value instanceof FeelDate) return `the date ${value.toString()}`;
  return 'a context';
}
