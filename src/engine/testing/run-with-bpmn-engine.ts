/** Test oracle: runs a BPMN model in bpmn-engine, completing every user task as it waits, and reports which elements completed. */
import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import { feelScriptsForBpmnEngine } from './feel-scripts-for-bpmn-engine.ts';

export interface OracleRun {
  /** Ids of the flow nodes that ended, one entry per completion. */
  completed: string[];
  status: 'completed' | 'failed';
  error?: string;
}

interface ElementApi {
  id: string;
  type: string;
  content?: { isRootScope?: boolean; isMultiInstance?: boolean };
  signal(message?: unknown): void;
}


export async function runWithBpmnEngine(source: string, variables: Record<string, unknown>, options: { onTaskWait?: (api: ElementApi) => Record<string, unknown> | void } = {}): Promise<OracleRun> {
  const listener = new EventEmitter();
  const completed: string[] = [];
  listener.on('activity.end', (api: ElementApi) => {
    if (api.type !== 'bpmn:Process') completed.push(api.id);
  });
  listener.on('wait', (api: ElementApi) => {
    const output = options.onTaskWait?.(api);
    api.signal(output ?? undefined);
  });
  const engine = new Engine({ name: 'oracle', source, variables, scripts: feelScriptsForBpmnEngine as never });
  try {
    const ended = new Promise<void>((resolve, reject) => {
      engine.once('end', () => resolve());
      engine.once('error', (error: Error) => reject(error));
    });
    await engine.execute({ listener });
    await ended;
    return { completed, status: 'completed' };
  } catch (error) {
    // stop() on an engine that already ended never resolves, so only a failed run is stopped, without waiting.
    void engine.stop();
    return { completed, status: 'failed', error: (error as Error).message };
  }
}
