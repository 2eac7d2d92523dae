/** Reads `--var name=value` options into variables: a value that parses as JSON is taken as JSON (45, true, ["a"]), anything else as text. */
import { CliError } from './cli-error.ts';

export function parseVariables(pairs: readonly string[]): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals <= 0) throw new CliError(`--var ${pair}: write it as name=value`);
    const name = pair.slice(0, equals).trim();
    const text = pair.slice(equals + 1);
    let value: unknown = text;
    try {
      value = JSON.parse(text);
    } catch {
      // Not JSON: the text itself, e.g. --var leadSource=expired.
    }
    Object.defineProperty(variables, name, { value, enumerable: true, configurable: true, writable: true });
  }
  return variables;
}

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
