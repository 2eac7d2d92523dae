/** The organization's library of process templates; not built yet, so it says so. */
import { NotAvailable } from '../components/not-available.tsx';

export function LibraryPage() {
  return (
    <NotAvailable
      title="Library"
      summary="The library holds your organization's process templates, ready to be cloned for each client or team."
    >
      <li>Process templates such as the Prospecting dialing template, each with its steps, roles and documentation.</li>
      <li>Cloning a template for a client, so every team starts from the same proven process.</li>
      <li>Which teams use which template, and which version of it.</li>
    </NotAvailable>
  );
}
