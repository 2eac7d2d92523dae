/** The full text of a process's scripts for the handbook: each script's latest published version, or its draft when none is published. */
import type { ApiError } from '../../../api/client.ts';
import { MarkdownView } from '../../components/markdown-view.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { api } from '../../api.ts';
import { useLoad } from '../../hooks/use-load.ts';

export function ScriptTexts({ scriptIds }: { scriptIds: readonly number[] }) {
  const scripts = useLoad(
    () =>
      Promise.all(
        scriptIds.map(async (scriptId) => {
          try {
            const script = await api.getScript(scriptId);
            const number = script.latestPublishedVersion ?? script.versions.at(-1)?.number ?? null;
            const version = number === null ? null : await api.getScriptVersion(scriptId, number);
            return { scriptId, script, version, error: null };
          } catch (error) {
            // One unreadable script must not hide the others.
            return { scriptId, script: null, version: null, error: error as ApiError };
          }
        }),
      ),
    [scriptIds.join(',')],
  );
  if (scriptIds.length === 0) return <p className="muted">This process names no script.</p>;
  if (scripts.error) return <LoadError error={scripts.error} />;
  if (!scripts.data) return <Loading what="Loading the scripts" />;
  return (
    <>
      {scripts.data.map(({ scriptId, script, version, error }) => (
        <article key={scriptId} className="handbook-script">
          <h3>
            {script?.name ?? `Script ${scriptId}`}
            {version && (
              <span className="muted">
                {' '}
                (version {version.number}
                {version.status === 'draft' ? ', draft not yet published' : ''})
              </span>
            )}
          </h3>
          {error ? <LoadError error={error} /> : version ? <MarkdownView markdown={version.body} headingOffset={3} /> : <p className="muted">No text yet.</p>}
        </article>
      ))}
    </>
  );
}
