/** The leaderboard: VAs ranked by leads, then talk-to's, then dials over the period. */
import type { TeamDashboard } from '../../../api/schemas/dashboards.ts';
import { formatCount, formatPercent } from './format-figures.ts';

export function LeaderboardList({ entries }: { entries: TeamDashboard['leaderboard'] }) {
  if (entries.length === 0) return <p className="empty-state">Nobody has dialled in this period yet.</p>;
  return (
    <ol className="leaderboard">
      {entries.map((entry) => (
        <li key={entry.userId} value={entry.rank}>
          <strong>{entry.name}</strong>: {formatCount(entry.lead)} leads, {formatCount(entry.talkTo)} talk-to's, {formatCount(entry.dials)} dials (lead rate {formatPercent(entry.leadRate)})
        </li>
      ))}
    </ol>
  );
}
