/** readBpmn: parses BPMN XML with bpmn-moddle, keeping its warnings, and refuses what is not XML. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BpmnReadError, readBpmn } from './read-bpmn.ts';

describe('readBpmn', () => {
  it('given BPMN with an unresolved reference, when read, then the tree comes back with the warning', async () => {
    const { definitions, warnings } = await readBpmn(await readFile(new URL('./fixtures/read-bpmn.bpmn', import.meta.url), 'utf8'));
    expect(definitions.$type).toBe('bpmn:Definitions');
    expect(definitions.rootElements?.[0]?.id).toBe('Read');
    expect(warnings.join('\n')).toMatch(/unresolved reference <Missing>/);
  });

  it('given text that is not XML, when read, then a BpmnReadError says so', async () => {
    await expect(readBpmn('not xml at all')).rejects.toBeInstanceOf(BpmnReadError);
  });
});
