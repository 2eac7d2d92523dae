/** The state of a variables form: its rows, the errors on them (found here or named by the server), and reading them for the API. */
import { useState } from 'react';
import type { ApiError } from '../../../api/client.ts';
import { readVariableRows, rowOfField, type VariableRow } from './read-variable-rows.ts';

export interface VariableRowsState {
  rows: VariableRow[];
  setRows: (rows: VariableRow[]) => void;
  /** Errors by row key: this form's own checks, and the server's when it names a row's variable. */
  errors: ReadonlyMap<number, string>;
  /** A problem of the variables as a whole (too many, too large), or null. */
  message: string | null;
  /** Whether the server's error is shown on a row, so the form need not show it again. */
  showsServerError: boolean;
  /** The variables, or null after marking the rows that are wrong. */
  read: () => Record<string, unknown> | null;
}

export function useVariableRows(serverError: ApiError | null): VariableRowsState {
  const [rows, setRowsState] = useState<VariableRow[]>([]);
  const [errors, setErrors] = useState<ReadonlyMap<number, string>>(new Map());
  const [message, setMessage] = useState<string | null>(null);

  function setRows(next: VariableRow[]) {
    setRowsState(next);
    setErrors(new Map());
    setMessage(null);
  }

  function read() {
    const result = readVariableRows(rows);
    if (result.ok) return result.variables;
    setErrors(result.errors);
    setMessage(result.message);
    return null;
  }

  const serverRow = rowOfField(rows, serverError?.field);
  let shown = errors;
  if (serverRow && serverError) {
    // "variables.leadFound must be ..." reads better under the row as "Must be ...".
    const text = serverError.message.replace(/^variables\.[A-Za-z0-9_]+:? ?/, '');
    shown = new Map([...errors, [serverRow.key, text.charAt(0).toUpperCase() + text.slice(1)]]);
  }
  return { rows, setRows, errors: shown, message, showsServerError: serverRow !== undefined, read };
}
