/**
 * Published versions compiled for running, by version id: a published version never changes, so it is read and
 * compiled once (milliseconds) and kept, frozen. Bounded, least recently used first out.
 */
import type { Kysely } from 'kysely';
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { collectLaneIds } from '../../bpmn/collect-lane-ids.ts';
import { compileProcess, findProcessElement } from '../../bpmn/compile-process.ts';
import type { CompiledProcess, UnsupportedElement } from '../../bpmn/compiled-process.ts';
import { readBpmn } from '../../bpmn/read-bpmn.ts';
import { findVersionSource } from '../../store/repositories/runnable-versions.ts';
import type { Database } from '../../store/tables.ts';

export interface RunnableVersion {
  readonly id: number;
  readonly processId: number;
  readonly number: number;
  readonly process: CompiledProcess;
  readonly unsupported: readonly UnsupportedElement[];
  readonly documentation: ProcessDocumentation;
  /** The lane (role) id of an element, also inside a sub-process that sits in a lane. */
  laneIdOf(elementId: string): string | undefined;
}

export class RunnableVersionCache {
  private readonly entries = new Map<number, Promise<RunnableVersion>>();

  constructor(private readonly limit = 200) {}

  get(db: Kysely<Database>, versionId: number): Promise<RunnableVersion> {
    const cached = this.entries.get(versionId);
    if (cached) {
      this.entries.delete(versionId);
      this.entries.set(versionId, cached);
      return cached;
    }
    const loading = loadRunnableVersion(db, versionId);
    this.entries.set(versionId, loading);
    loading.catch(() => this.entries.delete(versionId));
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return loading;
  }

  get size(): number {
    return this.entries.size;
  }
}

async function loadRunnableVersion(db: Kysely<Database>, versionId: number): Promise<RunnableVersion> {
  const source = await findVersionSource(db, versionId);
  if (!source) throw new Error(`process version ${versionId} does not exist`);
  // Only a published (or since retired) version runs, and it never changes again: safe to keep.
  if (source.status === 'draft') throw new Error(`process version ${versionId} is a draft`);
  const { definitions } = await readBpmn(source.xml);
  const { process, unsupported } = compileProcess(definitions);
  const processElement = findProcessElement(definitions);
  const laneIds = processElement ? collectLaneIds(processElement) : new Map<string, string>();
  const laneIdOf = (elementId: string): string | undefined => {
    let current = process.elements[elementId];
    while (current) {
      const laneId = laneIds.get(current.id);
      if (laneId) return laneId;
      current = process.elements[current.scopeId];
    }
    return undefined;
  };
  return Object.freeze({ id: source.id, processId: source.processId, number: source.number, process, unsupported, documentation: source.documentation, laneIdOf });
}
