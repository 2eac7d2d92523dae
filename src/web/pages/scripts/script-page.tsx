/** A call script at /scripts/:scriptId: editors write its draft (autosaved) and publish it; everyone reads and searches its published versions. */
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';
import { canEditProcesses } from '../../../api/roles.ts';
import { useSession } from '../../session/use-session.ts';
import { ScriptEditor } from './script-editor.tsx';
import { ScriptReader } from './script-reader.tsx';

export function ScriptPage() {
  const scriptId = Number(useParams().scriptId);
  const [search] = useSearchParams();
  const { session } = useSession();
  const [generation, setGeneration] = useState(0);
  const loaded = useLoad(() => api.getScript(scriptId).then((script) => ({ script, generation })), [scriptId, generation]);
  useDocumentTitle(loaded.data?.script.name ?? 'Script');
  if (!session) return null;
  if (loaded.error) return <LoadError error={loaded.error} />;
  if (!loaded.data || loaded.data.generation !== generation) return <Loading what="Loading the script" />;
  const script = loaded.data.script;
  const requested = search.get('version') ? Number(search.get('version')) : null;

  if (canEditProcesses(session.role) && requested === null) {
    return <ScriptEditor key={generation} script={script} onReload={() => setGeneration((count) => count + 1)} />;
  }
  return <ScriptReader script={script} versionNumber={requested ?? script.latestPublishedVersion} canEdit={canEditProcesses(session.role)} />;
}
