/** The audit log, newest first, with a button to read older entries. */
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../api/schemas/audit.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';

const PAGE_SIZE = 50;

export function AuditPage() {
  useDocumentTitle('Audit log');
  const { run, pending, error } = useAction();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);

  async function loadPage(before?: number) {
    await run(async () => {
      const page = await api.listAudit(before ? { before, limit: PAGE_SIZE } : { limit: PAGE_SIZE });
      setEntries((current) => (before && current ? [...current, ...page.entries] : page.entries));
      setNextBefore(page.nextBefore);
    });
  }

  useEffect(() => {
    void loadPage();
    // Only on opening the page; older pages load on request.
  }, []);

  return (
    <>
      <h2>Audit log</h2>
      <p className="muted">Who changed what in the organization, newest first.</p>
      <FormAlert error={error} />
      {!entries ? (
        !error && <Loading what="Loading the audit log" />
      ) : entries.length === 0 ? (
        <p className="muted">Nothing has been recorded yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Subject</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">{formatDateTime(entry.createdAt)}</td>
                <td>{entry.actor ?? <span className="muted">System</span>}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  {entry.subjectType} {entry.subjectId}
                </td>
                <td>
                  <DetailsText details={entry.details} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextBefore !== null && (
        <p>
          <button type="button" disabled={pending} onClick={() => void loadPage(nextBefore)}>
            {pending ? 'Loading…' : 'Older entries'}
          </button>
        </p>
      )}
    </>
  );
}

/** Shows an entry's details as key: value pairs, compact enough for a table cell. */
function DetailsText({ details }: { details: Record<string, unknown> }) {
  const pairs = Object.entries(details);
  if (pairs.length === 0) return <span className="muted">—</span>;
  return (
    <span className="details-text">
      {pairs.map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join(' · ')}
    </span>
  );
}
