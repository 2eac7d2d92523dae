/** Previews a template update for a team's copy at /processes/:processId/update?version=N: what the team runs now against the template's version, then a way to take it. */
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { ProcessDiff } from '../../studio/process-diff.tsx';
import { TakeUpdatePanel } from './take-update-panel.tsx';

export function TemplateUpdatePage() {
  const copyId = Number(useParams().processId);
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const version = Number(search.get('version'));
  const copy = useLoad(() => api.getProcess(copyId), [copyId]);
  const preview = useLoad(() => (version ? api.previewTemplateUpdate(copyId, version) : Promise.resolve(null)), [copyId, version]);
  const name = copy.data?.name ?? 'the process';
  useDocumentTitle(`${name}: template update to v${version || '?'}`);
  const error = copy.error ?? preview.error;

  return (
    <div className="diff-page">
      <p className="breadcrumb">
        <Link to={`/processes/${copyId}`}>← {copy.data?.name ?? 'The process'}</Link>
      </p>
      <h1>
        {copy.data?.name ?? 'Process'}: update to template version {version || '?'}
      </h1>
      {error ? (
        <LoadError error={error} />
      ) : !version ? (
        <p className="muted">Choose a template version to preview from the process list or the library.</p>
      ) : !preview.data || !copy.data ? (
        <Loading what="Comparing your process with the template" />
      ) : (
        <>
          <TakeUpdatePanel
            copyId={copyId}
            copyName={copy.data.name}
            currentVersion={preview.data.current.number}
            templateName={preview.data.template.name}
            version={version}
            onTaken={() => navigate(`/processes/${copyId}`)}
          />
          <ProcessDiff
            diff={preview.data.diff}
            from={preview.data.current}
            to={preview.data.update}
            labels={{
              before: `Your process, version ${preview.data.current.number} (now)`,
              after: `Template “${preview.data.template.name}”, version ${version} (the update)`,
            }}
          />
        </>
      )}
    </div>
  );
}
