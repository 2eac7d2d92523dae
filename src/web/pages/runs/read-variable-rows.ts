/** Turns the name/value rows of a variables form into the variables the API takes, or an error per row, checked as the server checks them. */
import { Variables, VARIABLE_NAME } from '../../../api/schemas/runs.ts';

export type ValueType = 'json' | 'text';

export interface VariableRow {
  /** Stable across edits, so React keeps each row's inputs. */
  key: number;
  name: string;
  value: string;
  type: ValueType;
}

export type ReadRows = { ok: true; variables: Record<string, unknown> } | { ok: false; errors: Map<number, string>; message: string | null };

export function readVariableRows(rows: readonly VariableRow[]): ReadRows {
  const errors = new Map<number, string>();
  const variables: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const name = row.name.trim();
    // A row left wholly empty is one the person added and did not use.
    if (!name && !row.value.trim()) continue;
    if (!name) {
      errors.set(row.key, 'Name the variable.');
      continue;
    }
    if (!VARIABLE_NAME.test(name) || name.startsWith('__')) {
      errors.set(row.key, 'Start the name with a letter or _, then letters, digits or _ (at most 64).');
      continue;
    }
    if (seen.has(name)) {
      errors.set(row.key, `${name} is set twice.`);
      continue;
    }
    seen.add(name);
    if (row.type === 'text') {
      variables[name] = row.value;
      continue;
    }
    try {
      variables[name] = JSON.parse(row.value);
    } catch {
      errors.set(row.key, 'Is not JSON: write true, 45, "a text", [1, 2] or {"a": 1}, or choose Text.');
    }
  }
  if (errors.size > 0) return { ok: false, errors, message: null };
  // The same schema the server uses: sizes, nesting and numbers are checked here too, so the answer comes at once.
  const checked = Variables.safeParse(variables);
  if (checked.success) return { ok: true, variables: checked.data };
  const issue = checked.error.issues[0]!;
  const name = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  const row = rows.find((candidate) => candidate.name.trim() === name);
  if (row) return { ok: false, errors: new Map([[row.key, issue.message.charAt(0).toUpperCase() + issue.message.slice(1)]]), message: null };
  return { ok: false, errors, message: `Variables ${issue.message}.` };
}

/** The row a server error about `variables.<name>` belongs to, so it is shown beside that row. */
export function rowOfField(rows: readonly VariableRow[], field: string | undefined): VariableRow | undefined {
  if (!field?.startsWith('variables.')) return undefined;
  const name = field.slice('variables.'.length).split('.')[0];
  return rows.find((row) => row.name.trim() === name);
}
