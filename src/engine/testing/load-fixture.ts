/** Test helper: compiles `src/engine/fixtures/<name>.bpmn`, failing loudly if anything in it is unsupported. */
import { readFile } from 'node:fs/promises';
import type { CompiledProcess } from '../../bpmn/compiled-process.ts';
import { loadProcess } from '../../bpmn/load-process.ts';

export async function loadFixture(name: string): Promise<CompiledProcess> {
  const xml = await readFile(new URL(`../fixtures/${name}.bpmn`, import.meta.url), 'utf8');
  const { process, unsupported } = await loadProcess(xml);
  if (unsupported.length > 0) throw new Error(`${name}.bpmn: ${JSON.stringify(unsupported)}`);
  return process;
}
