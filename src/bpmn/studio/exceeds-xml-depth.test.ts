/** exceedsXmlDepth: counts nesting by tags alone, not fooled by comments, CDATA, declarations or ">" and "/>" inside attribute values. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIWG_DIRECTORY } from '../../../tests/support/miwg-corpus.ts';
import { exceedsXmlDepth } from './exceeds-xml-depth.ts';
import { MAX_XML_DEPTH, NotBpmnError, readStudioBpmn } from './studio-moddle.ts';

const nested = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;

describe('exceedsXmlDepth', () => {
  it('given nesting at and over the limit, then only the deeper one exceeds it', () => {
    expect(exceedsXmlDepth(nested(3), 3)).toBe(false);
    expect(exceedsXmlDepth(nested(4), 3)).toBe(true);
  });

  it('given many siblings, empty elements, and ">" or "/>" in comments, CDATA and attribute values, then they add no depth', () => {
    const text = `<?xml version="1.0"?><!DOCTYPE d><r>${'<task name="a > b" /><flow condition=\'x/>\'/>'.repeat(50)}<!-- <a><a><a> --><![CDATA[<a><a><a>]]><b name="/>"></b></r>`;
    expect(exceedsXmlDepth(text, 2)).toBe(false);
  });

  it('given a deep file, when read as BPMN, then it is refused before the parser sees it', async () => {
    const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><process id="P"><extensionElements>${'<x:a xmlns:x="urn:x">'.repeat(100_000)}</extensionElements></process></definitions>`;
    const started = performance.now();
    await expect(readStudioBpmn(xml)).rejects.toThrow(NotBpmnError);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('given the MIWG corpus, then no file comes near the limit', () => {
    if (!fs.existsSync(MIWG_DIRECTORY)) return;
    for (const folder of fs.readdirSync(MIWG_DIRECTORY, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      for (const file of fs.readdirSync(`${MIWG_DIRECTORY}/${folder.name}`)) {
        expect(exceedsXmlDepth(fs.readFileSync(`${MIWG_DIRECTORY}/${folder.name}/${file}`, 'latin1'), MAX_XML_DEPTH / 4), file).toBe(false);
      }
    }
  });
});
