/** Imports a dialer's call log (CSV) as dials: choose the team, process and file, map the columns and the dialer's outcome words, check the preview's problems, import, and read the report row by row. */
import { useState, type FormEvent } from 'react';
import type { CallLogImportResult, CallLogMapping, CallLogPreview, ImportField } from '../../api/schemas/call-log-import.ts';
import { IMPORT_FIELDS } from '../../api/schemas/call-log-import.ts';
import { api } from '../api.ts';
import { fieldErrorOf } from '../components/field-error-of.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { SelectField } from '../components/select-field.tsx';
import { TableHead } from '../components/table-head.tsx';
import { TextField } from '../components/text-field.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useLoad } from '../hooks/use-load.ts';

const FIELD_LABELS: Record<ImportField, string> = {
  occurredAt: 'Time of the call (required)',
  disposition: 'Outcome / disposition (required)',
  phoneNumber: 'Phone number',
  userEmail: "VA's email (else every row is yours)",
  durationSeconds: 'Talk time',
  list: 'List or lead source',
  callbackAt: 'Callback time (starts a Call back task for callback outcomes)',
};

const FORM_FIELDS = ['teamId', 'processId', 'csv', 'timeZone', 'list'] as const;

export function CallLogImportPage() {
  useDocumentTitle('Import a call log');
  const teams = useLoad(() => api.listTeams(), []);
  const [teamId, setTeamId] = useState('');
  const processes = useLoad(() => (teamId ? api.listProcesses({ teamId: Number(teamId) }) : Promise.resolve(null)), [teamId]);
  const [processId, setProcessId] = useState('');
  const [fileName, setFileName] = useState('');
  const [csv, setCsv] = useState('');
  const [timeZone, setTimeZone] = useState('');
  const [list, setList] = useState('');
  const [mapping, setMapping] = useState<CallLogMapping | undefined>(undefined);
  const [words, setWords] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<CallLogPreview | null>(null);
  const [report, setReport] = useState<CallLogImportResult | null>(null);
  const previewing = useAction();
  const importing = useAction();

  const request = () => ({
    teamId: Number(teamId),
    processId: Number(processId),
    csv,
    dispositionValues: Object.fromEntries(Object.entries(words).filter(([, key]) => key)),
    ...(timeZone && { timeZone }),
    ...(list && { list }),
  });

  async function runPreview(event?: FormEvent, nextMapping = mapping) {
    event?.preventDefault();
    setReport(null);
    await previewing.run(async () => {
      const answer = await api.previewCallLog({ ...request(), ...(nextMapping && { mapping: nextMapping }) });
      setPreview(answer);
      setMapping(answer.mapping);
    });
  }

  async function runImport() {
    if (!mapping?.occurredAt || !mapping.disposition) return;
    await importing.run(async () => {
      setReport(await api.importCallLog({ ...request(), mapping: { ...mapping, occurredAt: mapping.occurredAt!, disposition: mapping.disposition! } }));
    });
  }

  const chooseColumn = (field: ImportField, column: string) => {
    const next = { ...mapping };
    if (column) next[field] = column;
    else delete next[field];
    setMapping(next);
    void runPreview(undefined, next);
  };

  if (teams.error) return <LoadError error={teams.error} />;
  if (!teams.data) return <Loading what="Loading teams" />;
  const publishedProcesses = (processes.data?.processes ?? []).filter((process) => process.latestPublishedVersion !== null);

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Import a call log</h1>
      <p className="muted">
        Bring a dialer's export (CSV, its first line the column names) in as dials of a team's process. Each row is
        recorded once: uploading the same file again imports nothing twice.
      </p>

      <form className="panel" onSubmit={(event) => void runPreview(event)} aria-label="Choose the file">
        <SelectField label="Team" name="teamId" value={teamId} onChange={(event) => (setTeamId(event.target.value), setProcessId(''))} error={fieldErrorOf(previewing.error, 'teamId')}>
          <option value="">Choose a team</option>
          {teams.data.teams.map((team) => (
            <option key={team.id} value={String(team.id)}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Process" name="processId" value={processId} onChange={(event) => setProcessId(event.target.value)} error={fieldErrorOf(previewing.error, 'processId')}>
          <option value="">{teamId ? 'Choose a published process' : 'Choose a team first'}</option>
          {publishedProcesses.map((process) => (
            <option key={process.id} value={String(process.id)}>
              {process.name}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label htmlFor="call-log-file">CSV file</label>
          <input
            id="call-log-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              setFileName(file?.name ?? '');
              setCsv(file ? await file.text() : '');
              setMapping(undefined);
              setPreview(null);
              setReport(null);
            }}
          />
          {fieldErrorOf(previewing.error, 'csv') && (
            <p role="alert" className="field-error">
              {fieldErrorOf(previewing.error, 'csv')}
            </p>
          )}
        </div>
        <TextField label="Time zone of times without an offset" name="timeZone" placeholder="The team's" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} error={fieldErrorOf(previewing.error, 'timeZone')} />
        <TextField label="List for every row" name="list" hint="Optional; a mapped list column wins." value={list} onChange={(event) => setList(event.target.value)} error={fieldErrorOf(previewing.error, 'list')} />
        <FormAlert error={previewing.error} fields={FORM_FIELDS} />
        <button type="submit" className="button-primary" disabled={!teamId || !processId || !csv || previewing.pending}>
          {previewing.pending ? 'Reading…' : preview ? 'Update preview' : 'Preview'}
        </button>
      </form>

      {preview && (
        <>
          <h2>Columns of {fileName || 'the file'}</h2>
          <p>
            {preview.rowCount} rows: {preview.validRows} read without a problem, {preview.invalidRows} with problems (they are
            reported, not imported).
          </p>
          <div className="filter-bar">
            {IMPORT_FIELDS.map((field) => (
              <SelectField key={field} label={FIELD_LABELS[field]} name={`mapping.${field}`} value={mapping?.[field] ?? ''} onChange={(event) => chooseColumn(field, event.target.value)}>
                <option value="">Not in the file</option>
                {preview.columns.map((column) => (
                  <option key={column} value={column}>
                    {column}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>

          {preview.dispositionWords.length > 0 && (
            <>
              <h3>The dialer's outcomes</h3>
              <table aria-label="Outcome mapping">
                <TableHead columns={['In the file', 'Rows', 'Counts as']} />
                <tbody>
                  {preview.dispositionWords.map((word) => (
                    <tr key={word.word}>
                      <td>{word.word}</td>
                      <td>{word.rows}</td>
                      <td>
                        <select
                          aria-label={`Disposition for ${word.word}`}
                          value={words[word.word] ?? word.disposition ?? ''}
                          onChange={(event) => setWords({ ...words, [word.word]: event.target.value })}
                        >
                          <option value="">Not mapped (rows rejected)</option>
                          {preview.dispositions.map((disposition) => (
                            <option key={disposition.key} value={disposition.key}>
                              {disposition.label}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted">Change an outcome, then update the preview.</p>
            </>
          )}

          <h3>First rows</h3>
          <table aria-label="Preview">
            <TableHead columns={['Line', 'Time', 'Disposition', 'Number', 'Talk time', 'Problems']} />
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.row}>
                  <td>{row.row}</td>
                  <td>{row.dial ? new Date(row.dial.occurredAt).toLocaleString() : (mapping?.occurredAt && row.values[mapping.occurredAt]) || ''}</td>
                  <td>{row.dial?.disposition ?? (mapping?.disposition && row.values[mapping.disposition]) ?? ''}</td>
                  <td>{row.dial?.phoneNumber ?? ''}</td>
                  <td>{row.dial?.durationSeconds ?? ''}</td>
                  <td>{row.problems.length ? row.problems.map((problem) => `${problem.field} ${problem.message}`).join('; ') : 'None'}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <FormAlert error={importing.error} />
          <button type="button" className="button-primary" disabled={importing.pending || !mapping?.occurredAt || !mapping.disposition} onClick={() => void runImport()}>
            {importing.pending ? 'Importing…' : `Import ${preview.rowCount} rows`}
          </button>
        </>
      )}

      {report && (
        <section aria-labelledby="report-title">
          <h2 id="report-title">Import report</h2>
          <p role="status">
            {report.imported} imported, {report.duplicates} already imported before, {report.rejected} rejected.
          </p>
          {report.rows.some((row) => row.status !== 'imported') && (
            <table aria-label="Rows not imported">
              <TableHead columns={['Line', 'Result', 'Why']} />
              <tbody>
                {report.rows
                  .filter((row) => row.status !== 'imported')
                  .map((row) => (
                    <tr key={row.row}>
                      <td>{row.row}</td>
                      <td>{row.status === 'duplicate' ? 'Already imported' : `Rejected (${row.code})`}</td>
                      <td>{row.reason ?? ''}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </section>
  );
}
