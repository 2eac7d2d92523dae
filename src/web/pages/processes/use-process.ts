/** Loads one process, keeps the studio's changes to it, and reloads it from scratch on demand. */
import { useCallback, useState } from 'react';
import type { ApiError } from '../../../api/client.ts';
import type { ProcessDetail } from '../../../api/schemas/processes.ts';
import { api } from '../../api.ts';
import { useLoad } from '../../hooks/use-load.ts';

export interface LoadedProcess {
  process: ProcessDetail | undefined;
  error: ApiError | null;
  /** Grows with each reload, so what shows the process can start over. */
  generation: number;
  setProcess: (process: ProcessDetail) => void;
  reload: () => void;
}

export function useProcess(processId: number): LoadedProcess {
  const [generation, setGeneration] = useState(0);
  const loaded = useLoad(() => api.getProcess(processId).then((detail) => ({ detail, generation })), [processId, generation]);
  const [changed, setChanged] = useState<{ detail: ProcessDetail; generation: number } | null>(null);
  // Until a reload answers, the old answer is not shown: after a discarded draft it names a version that is gone.
  const fresh = loaded.data && loaded.data.generation === generation && loaded.data.detail.id === processId ? loaded.data.detail : undefined;
  const process = fresh && changed && changed.generation === generation && changed.detail.id === processId ? changed.detail : fresh;
  const setProcess = useCallback((detail: ProcessDetail) => setChanged({ detail, generation }), [generation]);
  const reload = useCallback(() => setGeneration((count) => count + 1), []);
  return { process, error: loaded.error, generation, setProcess, reload };
}
