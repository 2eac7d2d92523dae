/** Reads one version of a script, with a find box and links to its other published versions. */
import { Link } from 'react-router';
import type { ScriptDetail } from '../../../api/schemas/scripts.ts';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { SearchableMarkdown } from '../../components/searchable-markdown.tsx';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useLoad } from '../../hooks/use-load.ts';

export interface ScriptReaderProps {
  script: ScriptDetail;
  versionNumber: number | null;
  canEdit: boolean;
}

export function ScriptReader({ script, versionNumber, canEdit }: ScriptReaderProps) {
  const version = useLoad(
    () => (versionNumber === null ? Promise.resolve(null) : api.getScriptVersion(script.id, versionNumber)),
    [script.id, versionNumber],
  );
  const published = script.versions.filter((item) => item.status === 'published').sort((a, b) => b.number - a.number);
  return (
    <article className="script-page">
      <p className="breadcrumb">
        <Link to="/processes">← Processes</Link>
      </p>
      <h1>{script.name}</h1>
      {published.length > 1 && (
        <nav aria-label="Versions" className="version-links">
          Versions:{' '}
          {published.map((item) =>
            item.number === versionNumber ? (
              <strong key={item.number} aria-current="page">
                v{item.number}
              </strong>
            ) : (
              <Link key={item.number} to={`/scripts/${script.id}?version=${item.number}`}>
                v{item.number}
              </Link>
            ),
          )}
        </nav>
      )}
      {canEdit && (
        <p>
          <Link to={`/scripts/${script.id}`}>Edit the script</Link>
        </p>
      )}
      {versionNumber === null ? (
        <p className="empty-state">This script has not been published yet.</p>
      ) : version.error ? (
        <LoadError error={version.error} />
      ) : !version.data ? (
        <Loading what="Loading the script" />
      ) : (
        <>
          <p className="muted">
            Version {version.data.number}
            {version.data.publishedAt ? `, published ${formatDateTime(version.data.publishedAt)}` : ' (draft)'}
          </p>
          <SearchableMarkdown markdown={version.data.body} findLabel="Find in the script" headingOffset={1} />
        </>
      )}
    </article>
  );
}
