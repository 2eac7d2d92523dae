/** Everything the task page shows, loaded together: the task, its run (variables, version), the version's documentation and diagram, and the process's scripts. */
import type { ProcessVersion } from '../../../api/schemas/processes.ts';
import type { RunDetail, Task } from '../../../api/schemas/runs.ts';
import type { ScriptDetail } from '../../../api/schemas/scripts.ts';
import { api } from '../../api.ts';
import { useLoad } from '../../hooks/use-load.ts';

export interface TaskWorkspace {
  task: Task;
  run: RunDetail;
  version: ProcessVersion;
  /** The process's scripts that have a published version. */
  scripts: ScriptDetail[];
}

async function loadWorkspace(taskId: number): Promise<TaskWorkspace> {
  const task = await api.getTask(taskId);
  const run = await api.getRun(task.runId);
  const version = await api.getVersion(task.processId, run.version);
  const scripts = await Promise.all(version.documentation.scriptIds.map((scriptId) => api.getScript(scriptId).catch(() => null)));
  return { task, run, version, scripts: scripts.filter((script): script is ScriptDetail => script !== null && script.latestPublishedVersion !== null) };
}

export function useTaskWorkspace(taskId: number) {
  return useLoad(() => loadWorkspace(taskId), [taskId]);
}
