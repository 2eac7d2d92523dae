/**
 * One task, with everything for this step and role in one place: the documentation, the call script, the dialing
 * tracker when the step tracks dispositions, and the output to fill when completing; usable by keyboard alone.
 */
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { useTaskChanges } from '../../hooks/use-task-changes.ts';
import { useSession } from '../../session/use-session.ts';
import { CompleteTaskForm } from '../runs/complete-task-form.tsx';
import { taskPermissions } from '../runs/task-permissions.ts';
import { findLaneOfElement } from './find-lane-of-element.ts';
import { phoneOfRun } from './run-facts.ts';
import { RunFactsPanel } from './run-facts-panel.tsx';
import { ScriptPanel, type ScriptChoice } from './script-panel.tsx';
import { ShortcutList, type Shortcut } from './shortcut-list.tsx';
import { StepGuide } from './step-guide.tsx';
import { TaskHeader } from './task-header.tsx';
import { isTypingTarget } from './tracker/is-typing-target.ts';
import { DialingTracker } from './tracker/dialing-tracker.tsx';
import { assignDispositionKeys } from './tracker/disposition-keys.ts';
import { useTaskWorkspace } from './use-task-workspace.ts';
import './workspace.css';

const PAGE_SHORTCUTS: Shortcut[] = [
  { keys: ['F'], what: 'Find in the script' },
  { keys: ['C'], what: 'Complete the task' },
];

export function TaskPage() {
  const { taskId } = useParams();
  const navigate = useNavigate();
  const { session } = useSession();
  const workspace = useTaskWorkspace(Number(taskId));
  const [choice, setChoice] = useState<ScriptChoice | null>(null);
  const [completing, setCompleting] = useState(false);
  const data = workspace.data;
  useDocumentTitle(data ? (data.task.name ?? data.task.elementId) : 'Task');
  useTaskChanges(workspace.reload);

  const firstScript = data?.scripts[0];
  const shownChoice = choice ?? (firstScript ? { scriptId: firstScript.id, version: firstScript.latestPublishedVersion! } : null);
  const scriptVersion = useLoad(() => (shownChoice ? api.getScriptVersion(shownChoice.scriptId, shownChoice.version) : Promise.resolve(null)), [shownChoice?.scriptId, shownChoice?.version]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === 'f') {
        event.preventDefault();
        document.querySelector<HTMLInputElement>('.script-panel input[type="search"]')?.focus();
      } else if (event.key === 'c') {
        event.preventDefault();
        setCompleting(true);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (workspace.error) return <LoadError error={workspace.error} />;
  if (!data || !session) return <Loading what="Loading the task" />;
  const { task, run, version } = data;
  const documentation = version.documentation;
  const step = documentation.steps[task.elementId];
  const lane = findLaneOfElement(version.xml, task.elementId);
  const allowed = taskPermissions(task, { userId: session.user.id, role: session.role });
  const mine = task.status === 'claimed' && task.assignee?.id === session.user.id;
  const tracksDials = (step?.metricKeys ?? []).includes('dispositions') && documentation.dispositions.length > 0;
  const script = data.scripts.find((candidate) => candidate.id === shownChoice?.scriptId);
  const scriptLabel = script && shownChoice ? `${script.name}, version ${shownChoice.version}` : null;
  const defaultList = String(run.variables.list ?? run.variables.leadSource ?? '');
  const keyed = assignDispositionKeys(documentation.dispositions);
  const shortcuts: Shortcut[] = [
    ...(tracksDials && mine
      ? [
          { keys: keyed.filter((entry) => entry.key).map((entry) => entry.key!), what: 'Log a dial with that disposition' },
          { keys: ['N', '/'], what: 'Type the phone number' },
          { keys: ['Enter'], what: 'Check the number, back to the keys' },
          { keys: ['U'], what: 'Undo the last dial (2 minutes)' },
          { keys: ['S'], what: 'Start or stop the session' },
          { keys: ['P'], what: 'Pause or resume' },
        ]
      : []),
    ...PAGE_SHORTCUTS,
    { keys: ['Tab'], what: 'Move between controls' },
  ];

  return (
    <div className="task-page">
      <TaskHeader task={task} onChanged={workspace.reload} />
      <div className="task-columns">
        <div className="task-main">
          <RunFactsPanel variables={run.variables} />
          {tracksDials && mine && (
            <DialingTracker
              context={{ userId: session.user.id, teamId: task.teamId, processId: task.processId, runId: task.runId, taskId: task.id, scriptVersionId: scriptVersion.data?.id ?? null }}
              dispositions={documentation.dispositions}
              scriptLabel={scriptLabel}
              defaultList={defaultList}
              defaultPhone={phoneOfRun(run.variables)}
            />
          )}
          {tracksDials && !mine && task.status === 'open' && <p className="alert alert-info">Claim this task to open the dialing tracker.</p>}
          <StepGuide taskId={task.id} elementId={task.elementId} laneId={lane?.id ?? null} roleName={task.role} documentation={documentation} />
          {allowed.complete && (
            <section className="task-complete" aria-labelledby="complete-title">
              <h2 id="complete-title">Finish the step</h2>
              {completing ? (
                <CompleteTaskForm task={task} onCancel={() => setCompleting(false)} onCompleted={() => navigate('/work')} />
              ) : (
                <button type="button" className="button-primary" onClick={() => setCompleting(true)} aria-keyshortcuts="c">
                  Complete task… <kbd>C</kbd>
                </button>
              )}
            </section>
          )}
        </div>
        <aside className="task-side" aria-label="Script and shortcuts">
          <ScriptPanel scripts={data.scripts} choice={shownChoice} onChoose={setChoice} loaded={scriptVersion} />
          <ShortcutList shortcuts={shortcuts} />
        </aside>
      </div>
    </div>
  );
}
