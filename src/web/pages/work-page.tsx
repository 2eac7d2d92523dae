/** A VA's inbox of tasks and the dialing tracker; not built yet, so it says so. */
import { NotAvailable } from '../components/not-available.tsx';

export function WorkPage() {
  return (
    <NotAvailable title="Work" summary="Work is where a virtual assistant sees and does today's tasks.">
      <li>Your inbox: the tasks the running processes assign to you, with their instructions and due times.</li>
      <li>The dialing tracker: log dials, talk-to's and leads as you go through a calling session.</li>
      <li>Claiming, completing and handing back tasks, so the process moves on to the next step.</li>
    </NotAvailable>
  );
}
