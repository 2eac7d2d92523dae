/** A process's runs on its page: Start run for those who may start one, and the latest runs with a link to all of them. */
import { useState } from 'react';
import { Link } from 'react-router';
import { WORKER_ROLES } from '../../../api/roles.ts';
import type { ProcessDetail } from '../../../api/schemas/processes.ts';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { useSession } from '../../session/use-session.ts';
import { RunTable } from './run-table.tsx';
import { ScheduledStarts } from './scheduled-starts.tsx';
import { StartRunForm } from './start-run-form.tsx';

const RECENT = 5;

/** Whether runs of this process can exist: a team's process with a published version (library templates do not run). */
export function isRunnable(process: Pick<ProcessDetail, 'teamId' | 'latestPublishedVersion'>): boolean {
  return process.teamId !== null && process.latestPublishedVersion !== null;
}

/** The bar above the process: how to start a run and where its runs are. */
export function ProcessRunBar({ process }: { process: ProcessDetail }) {
  const { session } = useSession();
  const [starting, setStarting] = useState(false);
  if (!session || !isRunnable(process)) return null;
  // A retired process keeps its runs but starts no new ones.
  const canStart = WORKER_ROLES.includes(session.role) && process.retiredAt === null;
  return (
    <div className="process-run-bar">
      <div className="process-run-bar-row">
        <span className="muted">
          {process.retiredAt === null
            ? `Runs of this process use its latest published version, ${process.latestPublishedVersion}.`
            : 'This process is retired: its runs carry on, and no new ones start.'}
        </span>
        <span className="button-group">
          <Link to={`/runs?processId=${process.id}`}>All runs of this process</Link>
          {canStart && (
            <button type="button" className="button-primary" aria-expanded={starting} onClick={() => setStarting(!starting)}>
              Start run
            </button>
          )}
        </span>
      </div>
      <ScheduledStarts processId={process.id} />
      {starting && <StartRunForm processId={process.id} version={process.latestPublishedVersion!} onCancel={() => setStarting(false)} />}
    </div>
  );
}

/** The latest runs of the process, below it. */
export function ProcessRecentRuns({ process }: { process: ProcessDetail }) {
  const runnable = isRunnable(process);
  const runs = useLoad(() => (runnable ? api.listRuns({ processId: process.id, limit: RECENT }) : Promise.resolve(null)), [process.id, runnable]);
  if (!runnable) return null;
  return (
    <section aria-labelledby="process-runs-title" className="process-runs">
      <h2 id="process-runs-title">Recent runs</h2>
      {runs.error ? (
        <LoadError error={runs.error} />
      ) : !runs.data ? (
        <Loading what="Loading runs" />
      ) : runs.data.runs.length === 0 ? (
        <p className="muted">No runs of this process yet.</p>
      ) : (
        <>
          <RunTable runs={runs.data.runs} showProcess={false} caption={`Recent runs of ${process.name}`} />
          <p>
            <Link to={`/runs?processId=${process.id}`}>All runs of this process</Link>
          </p>
        </>
      )}
    </section>
  );
}
