/** The working set of one `advance` call: the definition, a private copy of the state, the effects so far and the work still to do. */
import type { CompiledProcess } from '../bpmn/compiled-process.ts';
import type { Effect, HistoryEntry } from './effect.ts';
import type { RunState } from './run-state.ts';

/** One step of the interpreter; steps only queue further steps, so no step module imports another. */
export type Work =
  | { kind: 'enter'; tokenId: string }
  | { kind: 'leave'; tokenId: string }
  | { kind: 'checkScope'; scopeId: string };

export interface RunContext {
  readonly process: CompiledProcess;
  readonly state: RunState;
  readonly effects: Effect[];
  readonly now: string;
  readonly nowMs: number;
  readonly work: Work[];
}

export function createId(context: RunContext, prefix: string): string {
  return `${prefix}${context.state.nextId++}`;
}

export function recordHistory(context: RunContext, entry: Omit<HistoryEntry, 'at'>): void {
  context.effects.push({ type: 'historyRecorded', entry: { at: context.now, ...entry } });
}

export function queueWork(context: RunContext, work: Work): void {
  context.work.push(work);
}
