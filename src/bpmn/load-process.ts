/** Reads BPMN XML and compiles one of its processes in one call: what publishing a version and the tests need. */
import type { CompileResult } from './compiled-process.ts';
import { compileProcess } from './compile-process.ts';
import { readBpmn } from './read-bpmn.ts';

export interface LoadProcessResult extends CompileResult {
  warnings: string[];
}

export async function loadProcess(xml: string, processId?: string): Promise<LoadProcessResult> {
  const { definitions, warnings } = await readBpmn(xml);
  return { ...compileProcess(definitions, processId), warnings };
}
