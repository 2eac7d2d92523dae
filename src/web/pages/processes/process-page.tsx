/** One process: editors get the studio on its draft or latest version; VAs and viewers read its latest published version; both see its runs. */
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { canEditProcesses } from '../../../api/roles.ts';
import { useSession } from '../../session/use-session.ts';
import { ProcessRecentRuns, ProcessRunBar } from '../runs/process-runs.tsx';
import { LazyProcessStudio, LazyProcessView } from './lazy-studio.ts';
import { ProcessOverlayToggle } from './process-overlay-toggle.tsx';
import { useProcess } from './use-process.ts';

export function ProcessPage() {
  const processId = Number(useParams().processId);
  const { session } = useSession();
  const loaded = useProcess(processId);
  useDocumentTitle(loaded.process?.name ?? 'Process');
  if (!session) return null;
  if (loaded.error) return <LoadError error={loaded.error} />;
  if (!loaded.process) return <Loading what="Loading the process" />;
  const process = loaded.process;

  if (canEditProcesses(session.role)) {
    return (
      <>
        <ProcessRunBar process={process} />
        <Suspense fallback={<Loading what="Opening the studio" />}>
          <LazyProcessStudio key={`${process.id}-${loaded.generation}`} process={process} onProcessChanged={loaded.setProcess} onReload={loaded.reload} />
        </Suspense>
        <ProcessRecentRuns process={process} />
        <ProcessOverlayToggle process={process} />
      </>
    );
  }
  if (process.latestPublishedVersion === null) {
    return (
      <>
        <h1>{process.name}</h1>
        <p className="empty-state">This process has not been published yet. It shows here once a manager publishes it.</p>
      </>
    );
  }
  return (
    <>
      <ProcessRunBar process={process} />
      <Suspense fallback={<Loading what="Opening the process" />}>
        <LazyProcessView process={process} versionNumber={process.latestPublishedVersion} canEdit={false} />
      </Suspense>
      <ProcessRecentRuns process={process} />
      <ProcessOverlayToggle process={process} />
    </>
  );
}
