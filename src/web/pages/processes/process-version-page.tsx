/** One version of a process, read-only, at /processes/:processId/versions/:version. */
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { canEditProcesses } from '../../../api/roles.ts';
import { useSession } from '../../session/use-session.ts';
import { LazyProcessView } from './lazy-studio.ts';
import { useProcess } from './use-process.ts';

export function ProcessVersionPage() {
  const params = useParams();
  const processId = Number(params.processId);
  const versionNumber = Number(params.version);
  const { session } = useSession();
  const loaded = useProcess(processId);
  if (!session) return null;
  if (loaded.error) return <LoadError error={loaded.error} />;
  if (!loaded.process) return <Loading what="Loading the process" />;
  return (
    <Suspense fallback={<Loading what="Opening the process" />}>
      <LazyProcessView process={loaded.process} versionNumber={versionNumber} canEdit={canEditProcesses(session.role)} />
    </Suspense>
  );
}
