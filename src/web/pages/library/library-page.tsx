/** The organization's library of process templates, ready to be copied into a team, and the copies that can take a template's update. */
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { canEditProcesses } from '../../../api/roles.ts';
import { useSession } from '../../session/use-session.ts';
import { TemplateCard } from './template-card.tsx';
import { TemplateUpdates } from './template-updates.tsx';

export function LibraryPage() {
  useDocumentTitle('Library');
  const { session } = useSession();
  const loaded = useLoad(() => Promise.all([api.listProcesses({ templates: true }), api.listProcesses(), api.listTeams()]), []);
  if (!session) return null;
  const canEdit = canEditProcesses(session.role);
  const [templates, processes, teams] = loaded.data ?? [];
  const teamName = (teamId: number | null) =>
    teamId === null ? 'Library' : (teams?.teams.find((team) => team.id === teamId)?.name ?? `Team ${teamId}`);
  const copiesOf = (templateId: number) => (processes?.processes ?? []).filter((process) => process.origin?.processId === templateId).length;
  const visibleTemplates = (templates?.processes ?? []).filter((template) => canEdit || template.latestPublishedVersion !== null);

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Library</h1>
      <p className="lead">
        Your organization's process templates. Use one to give a team a proven process in a minute, then adapt the copy to the team.
      </p>
      {loaded.error ? (
        <LoadError error={loaded.error} />
      ) : !templates || !processes || !teams ? (
        <Loading what="Loading the library" />
      ) : (
        <>
          {canEdit && <TemplateUpdates copies={processes.processes.filter((process) => process.updateAvailable !== null)} teamName={teamName} />}
          {visibleTemplates.length === 0 ? (
            <p className="empty-state">
              {canEdit
                ? 'The library is empty. Create a process in the library from the Processes page to make a template.'
                : 'Templates are kept by the owners, admins and managers of your organization. Your team’s processes are under Processes.'}
            </p>
          ) : (
            <div className="template-grid">
              {visibleTemplates.map((template) => (
                <TemplateCard key={template.id} template={template} teams={teams.teams} copies={copiesOf(template.id)} canEdit={canEdit} />
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
