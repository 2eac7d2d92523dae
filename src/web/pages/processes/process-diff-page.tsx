/** Compares two versions of a process at /processes/:processId/diff?from=&to=. */
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { ProcessDiff } from '../../studio/process-diff.tsx';

export function ProcessDiffPage() {
  const processId = Number(useParams().processId);
  const [search, setSearch] = useSearchParams();
  const from = Number(search.get('from'));
  const to = Number(search.get('to'));
  const process = useLoad(() => api.getProcess(processId), [processId]);
  const compared = useLoad(
    () =>
      from && to
        ? Promise.all([api.diff(processId, from, to), api.getVersion(processId, from), api.getVersion(processId, to)])
        : Promise.resolve(null),
    [processId, from, to],
  );
  useDocumentTitle(process.data ? `${process.data.name}: v${from} → v${to}` : 'Compare versions');

  const error = process.error ?? compared.error;
  const versions = [...(process.data?.versions ?? [])].sort((a, b) => b.number - a.number);

  function choose(which: 'from' | 'to', value: string) {
    const next = new URLSearchParams(search);
    next.set(which, value);
    setSearch(next, { replace: true });
  }

  return (
    <div className="diff-page">
      <p className="breadcrumb">
        <Link to={`/processes/${processId}`}>← {process.data?.name ?? 'The process'}</Link>
      </p>
      <h1>
        {process.data?.name ?? 'Process'}: changes from version {from || '?'} to {to || '?'}
      </h1>
      {versions.length > 0 && (
        <form className="inline-form diff-choice" onSubmit={(event) => event.preventDefault()} aria-label="Versions to compare">
          {(['from', 'to'] as const).map((which) => (
            <SelectField
              key={which}
              label={which === 'from' ? 'From version' : 'To version'}
              name={which}
              value={String(which === 'from' ? from : to)}
              onChange={(event) => choose(which, event.target.value)}
            >
              {!(which === 'from' ? from : to) && <option value="">Choose…</option>}
              {versions.map((version) => (
                <option key={version.number} value={version.number}>
                  v{version.number} ({version.status})
                </option>
              ))}
            </SelectField>
          ))}
        </form>
      )}
      {error ? (
        <LoadError error={error} />
      ) : !from || !to ? (
        <p className="muted">Choose the two versions to compare.</p>
      ) : !compared.data ? (
        <Loading what="Comparing the versions" />
      ) : (
        <ProcessDiff diff={compared.data[0]} from={compared.data[1]} to={compared.data[2]} />
      )}
    </div>
  );
}
