import { describe, expect, it } from 'vitest';
import { readVariableRows, rowOfField, type VariableRow } from './read-variable-rows.ts';

function row(key: number, name: string, value: string, type: VariableRow['type'] = 'json'): VariableRow {
  return { key, name, value, type };
}

describe('readVariableRows', () => {
  it('given JSON and text rows, then reads JSON values as typed and text as written', () => {
    const read = readVariableRows([row(1, 'leadFound', 'true'), row(2, 'dials', '45'), row(3, 'note', 'call back at 5', 'text'), row(4, 'areas', '["north", "east"]')]);
    expect(read).toEqual({ ok: true, variables: { leadFound: true, dials: 45, note: 'call back at 5', areas: ['north', 'east'] } });
  });

  it('given an empty row, then skips it', () => {
    expect(readVariableRows([row(1, '', ''), row(2, ' x ', '1')])).toEqual({ ok: true, variables: { x: 1 } });
  });

  it('given a bad name, a repeated name, a missing name and text that is not JSON, then names the row of each', () => {
    const read = readVariableRows([row(1, 'lead-found', 'true'), row(2, 'a', '1'), row(3, 'a', '2'), row(4, '', '3'), row(5, 'b', 'yes')]);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect([...read.errors.keys()]).toEqual([1, 3, 4, 5]);
    expect(read.errors.get(5)).toMatch(/Is not JSON/);
  });

  it('given a value nested too deep, then the schema the server uses refuses it on its row', () => {
    const deep = `${'['.repeat(12)}${']'.repeat(12)}`;
    const read = readVariableRows([row(1, 'ok', '1'), row(2, 'deep', deep)]);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.get(2)).toMatch(/more than 10 deep/);
  });

  it('finds the row a server error names', () => {
    const rows = [row(1, 'a', '1'), row(2, 'leadFound', 'true')];
    expect(rowOfField(rows, 'variables.leadFound')?.key).toBe(2);
    expect(rowOfField(rows, 'businessKey')).toBeUndefined();
  });
});
