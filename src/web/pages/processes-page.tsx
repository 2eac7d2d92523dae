/** The teams' BPMN processes; not built yet, so it says so. */
import { NotAvailable } from '../components/not-available.tsx';

export function ProcessesPage() {
  return (
    <NotAvailable
      title="Processes"
      summary="Processes are the written, step-by-step ways your teams work, drawn as BPMN diagrams."
    >
      <li>Each team's processes as BPMN diagrams, with one lane per role (for example the VA, the manager, the client).</li>
      <li>The documentation of every step: what to do, with which tool, and what done looks like.</li>
      <li>Versions: what changed, who published it, and which version is running.</li>
    </NotAvailable>
  );
}
