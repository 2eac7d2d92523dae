/**
 * My work: the tasks assigned to me and those waiting in the pools of my teams, grouped Overdue / Today / Upcoming in
 * my time zone and reloaded live when a task changes; managers also see what the rest of the team holds, by team.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { canManageRuns, WORKER_ROLES } from '../../../api/roles.ts';
import type { Task } from '../../../api/schemas/runs.ts';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad, type Loaded } from '../../hooks/use-load.ts';
import { useTaskChanges } from '../../hooks/use-task-changes.ts';
import { useSession } from '../../session/use-session.ts';
import { myTimeZone } from './my-time-zone.ts';
import { InboxSection } from './inbox-section.tsx';
import './workspace.css';

export function WorkPage() {
  useDocumentTitle('Work');
  const { session } = useSession();
  const [teamId, setTeamId] = useState<number | undefined>(undefined);
  const timeZone = myTimeZone();
  const manager = session ? canManageRuns(session.role) : false;
  const teams = useLoad(() => api.listTeams(), []);
  const mine = useLoad(() => api.listTasks({ mine: 'true', status: 'active', teamId, limit: 200 }), [teamId]);
  const pool = useLoad(() => api.listTasks({ status: 'open', teamId, limit: 200 }), [teamId]);
  const team = useLoad(() => (manager ? api.listTasks({ status: 'claimed', teamId, limit: 200 }) : Promise.resolve({ tasks: [] })), [teamId, manager]);
  const refresh = () => {
    mine.reload();
    pool.reload();
    team.reload();
  };
  useTaskChanges(refresh);
  if (!session) return null;
  const canWork = WORKER_ROLES.includes(session.role);
  const others: Loaded<{ tasks: Task[] }> = { ...team, data: team.data && { tasks: team.data.tasks.filter((task) => task.assignee?.id !== session.user.id) } };
  const teamList = teams.data?.teams ?? [];

  return (
    <section aria-labelledby="page-title" className="work-page">
      <div className="page-head">
        <div>
          <h1 id="page-title">Work</h1>
          <p className="lead">
            Your tasks from the running processes, soonest due first. Times are in your time zone, <strong>{timeZone}</strong>; the list updates by itself.
          </p>
        </div>
        {teamList.length > 1 && (
          <div className="field team-filter">
            <label htmlFor="work-team">Team</label>
            <select id="work-team" value={teamId ?? ''} onChange={(event) => setTeamId(event.target.value ? Number(event.target.value) : undefined)}>
              <option value="">All my teams</option>
              {teamList.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {!canWork && <p className="alert alert-info">As a viewer you can read tasks but not claim or complete them.</p>}
      <InboxSection id="inbox-mine" title="Assigned to me" loaded={mine} timeZone={timeZone} empty="Nothing is assigned to you. Claim a task below when you are ready for the next one." onChanged={refresh} />
      <InboxSection id="inbox-pool" title="Waiting to be claimed" loaded={pool} timeZone={timeZone} empty="No open task is waiting in a pool you can see." onChanged={refresh} />
      {manager && <InboxSection id="inbox-team" title="Held by others in the team" loaded={others} timeZone={timeZone} showAssignee empty="Nobody else holds a task." onChanged={refresh} />}
      <p className="field-hint">
        Every run, with its diagram and timeline, is under <Link to="/runs">Runs</Link>.{manager && (
          <>
            {' '}
            The day's dialing figures per VA are in the <Link to="/reports/day">day report</Link>; a dialer's call log comes in through the{' '}
            <Link to="/imports/call-log">call log import</Link>.
          </>
        )}
      </p>
    </section>
  );
}
