/** "Show performance on the diagram": loads, only when opened, the latest published version with its heat map of runs, time spent, overdue tasks and tracked counters per step. */
import { lazy, Suspense, useState } from 'react';
import type { ProcessDetail } from '../../../api/schemas/processes.ts';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useLoad } from '../../hooks/use-load.ts';

const ProcessHeatMap = lazy(() => import('../../studio/process-heat-map.tsx').then((module) => ({ default: module.ProcessHeatMap })));

function HeatMapPanel({ process, version }: { process: ProcessDetail; version: number }) {
  const loaded = useLoad(() => Promise.all([api.getVersion(process.id, version), api.getProcessOverlay(process.id)]), [process.id, version]);
  if (loaded.error) return <LoadError error={loaded.error} />;
  if (!loaded.data) return <Loading what="Counting the runs" />;
  const [detail, overlay] = loaded.data;
  return (
    <Suspense fallback={<Loading what="Drawing the diagram" />}>
      <ProcessHeatMap xml={detail.xml} label={`${process.name}, version ${version}, with its runs`} overlay={overlay} />
    </Suspense>
  );
}

export function ProcessOverlayToggle({ process }: { process: ProcessDetail }) {
  const [shown, setShown] = useState(false);
  if (process.latestPublishedVersion === null) return null;
  return (
    <section aria-labelledby="overlay-title" className="process-overlay">
      <h2 id="overlay-title">Performance on the diagram</h2>
      <button type="button" aria-expanded={shown} onClick={() => setShown((value) => !value)}>
        {shown ? 'Hide the heat map' : 'Show runs, time spent, overdue tasks and tracked counters per step'}
      </button>
      {shown && <HeatMapPanel process={process} version={process.latestPublishedVersion} />}
    </section>
  );
}
