/** Performance dashboards; not built yet, so it says so. */
import { NotAvailable } from '../components/not-available.tsx';

export function DashboardsPage() {
  return (
    <NotAvailable
      title="Dashboards"
      summary="Dashboards show how each team and each VA performs against their targets."
    >
      <li>KPIs such as dials, talk-to's and leads per day, per VA and per team.</li>
      <li>Targets, and the pace needed to reach them by the end of the day, week or month.</li>
      <li>Trends over time, in each team's own time zone.</li>
    </NotAvailable>
  );
}
