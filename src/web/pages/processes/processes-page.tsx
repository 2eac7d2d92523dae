/** The processes the member can see, grouped by team (retired ones when asked), with creating a process, importing a .bpmn file and the call scripts. */
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProcessSummary } from '../../../api/schemas/processes.ts';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { canEditProcesses } from '../../../api/roles.ts';
import { useSession } from '../../session/use-session.ts';
import { CreateProcessForm } from './create-process-form.tsx';
import { ImportProcessForm } from './import-process-form.tsx';
import { ProcessTable } from './process-table.tsx';
import { ScriptList } from './script-list.tsx';

export function ProcessesPage() {
  useDocumentTitle('Processes');
  const { session } = useSession();
  const [showRetired, setShowRetired] = useState(false);
  const loaded = useLoad(() => Promise.all([api.listProcesses(showRetired ? { includeRetired: true } : {}), api.listTeams()]), [showRetired]);
  if (!session) return null;
  const canEdit = canEditProcesses(session.role);
  const [processes, teams] = loaded.data ?? [];

  // Readers see only what is published; an unpublished process has nothing for them yet.
  const visible = (processes?.processes ?? []).filter((process) => canEdit || process.latestPublishedVersion !== null);
  const teamName = new Map((teams?.teams ?? []).map((team) => [team.id, team.name]));
  const groups = new Map<number | null, ProcessSummary[]>();
  for (const process of [...visible].sort((a, b) => a.name.localeCompare(b.name))) {
    groups.set(process.teamId, [...(groups.get(process.teamId) ?? []), process]);
  }
  const groupOrder = [...groups.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : (teamName.get(a) ?? '').localeCompare(teamName.get(b) ?? ''),
  );

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Processes</h1>
      <p className="lead">
        The written, step-by-step ways your teams work, drawn as BPMN diagrams with one lane per role and documented step by step.
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={showRetired} onChange={(event) => setShowRetired(event.target.checked)} />
        Show retired processes
      </label>
      {loaded.error ? (
        <LoadError error={loaded.error} />
      ) : !processes || !teams ? (
        <Loading what="Loading processes" />
      ) : visible.length === 0 ? (
        <div className="empty-state">
          <p>
            {canEdit
              ? 'There are no processes yet. Start from a template in the Library, create one below, or import a .bpmn file.'
              : 'No process of your teams is published yet.'}
          </p>
          {canEdit && (
            <p>
              <Link to="/library">Open the library</Link>
            </p>
          )}
        </div>
      ) : (
        groupOrder.map((teamId) => (
          <section key={teamId ?? 'library'} aria-labelledby={`team-${teamId ?? 'library'}`}>
            <h2 id={`team-${teamId ?? 'library'}`}>
              {teamId === null ? 'Library templates' : (teamName.get(teamId) ?? `Team ${teamId}`)}
            </h2>
            <ProcessTable processes={groups.get(teamId) ?? []} canEdit={canEdit} />
          </section>
        ))
      )}

      <ScriptList canEdit={canEdit} teams={teams?.teams ?? []} />

      {canEdit && teams && (
        <div className="two-columns">
          <CreateProcessForm teams={teams.teams} />
          <ImportProcessForm teams={teams.teams} onImported={loaded.reload} />
        </div>
      )}
    </section>
  );
}
