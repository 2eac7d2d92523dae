/**
 * Evaluates a FEEL expression with feelin; an error comes back as data (it becomes an incident), never as a throw.
 * feelin parses on every call (about 0.3 ms here, more than the rest of a command), so results are memoized by the
 * expression and the variables it names: a FEEL expression can only read a variable by writing its name, so variables
 * whose names do not occur in the text cannot change the result. Expressions reading the clock are never memoized.
 */
import { evaluate } from 'feelin';
import type { Variables } from './run-state.ts';

export type FeelResult = { ok: true; value: unknown } | { ok: false; error: string };

const MAX_CACHED = 5000;
const cache = new Map<string, FeelResult>();
const READS_CLOCK = /\b(now|today)\s*\(/;

export function evaluateFeel(source: string, variables: Variables): FeelResult {
  const key = READS_CLOCK.test(source) ? undefined : memoKey(source, variables);
  const cached = key === undefined ? undefined : cache.get(key);
  if (cached) return cached;
  let result: FeelResult;
  try {
    result = { ok: true, value: evaluate(source, variables).value };
  } catch (error) {
    result = { ok: false, error: `FEEL "${source}": ${(error as Error).message}` };
  }
  if (key !== undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function memoKey(source: string, variables: Variables): string | undefined {
  const named: Variables = {};
  for (const name in variables) if (source.includes(name)) named[name] = variables[name];
  try {
    return `${source}\u0000${JSON.stringify(named)}`;
  } catch {
    return undefined;
  }
}
