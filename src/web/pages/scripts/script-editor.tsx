/** Writes a script's draft in markdown beside its searchable preview, autosaved, with publishing and the list of versions. */
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ScriptDetail, ScriptVersion } from '../../../api/schemas/scripts.ts';
import { DraftConflictAlert } from '../../components/draft-conflict-alert.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { PublishButton } from '../../components/publish-button.tsx';
import { SaveStatus } from '../../components/save-status.tsx';
import { SearchableMarkdown } from '../../components/searchable-markdown.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useDraftAutosave } from '../../hooks/use-draft-autosave.ts';
import { useOpenedVersion } from '../../hooks/use-opened-version.ts';
import { CommitTextField } from '../../studio/commit-text-field.tsx';
import { downloadFile, fileNameOf } from '../../studio/download-file.ts';

export interface ScriptEditorProps {
  script: ScriptDetail;
  onReload: () => void;
}

/** Opens the draft when there is one, else the latest published version (the first save then starts a draft). */
export function ScriptEditor({ script, onReload }: ScriptEditorProps) {
  const version = useOpenedVersion(script, api.getScriptVersion);
  if (version.error) return <LoadError error={version.error} />;
  if (version.data === undefined) return <Loading what="Opening the script" />;
  return <ScriptDraftEditor script={script} version={version.data} onReload={onReload} />;
}

function ScriptDraftEditor({ script, version, onReload }: ScriptEditorProps & { version: ScriptVersion | null }) {
  const [body, setBody] = useState(version?.body ?? '');
  const bodyRef = useRef(body);
  const [working, setWorking] = useState<ScriptVersion | null>(version);
  const [versions, setVersions] = useState(script.versions);
  const [message, setMessage] = useState<string | null>(null);
  const [name, setName] = useState(script.name);
  const renaming = useAction();

  async function rename(next: string) {
    await renaming.run(async () => setName((await api.updateScript(script.id, { name: next })).name));
  }

  const draft = useDraftAutosave({
    openedRevision: version?.status === 'draft' ? version.revision : null,
    save: async (baseRevision) => {
      const saved = await api.saveScriptDraft(script.id, { body: bodyRef.current, baseRevision });
      setWorking(saved);
      setVersions((current) => upsert(current, saved));
      return saved;
    },
    publish: async (revision) => {
      const published = await api.publishScript(script.id, { revision });
      setWorking(published);
      setVersions((current) => upsert(current, published));
      setMessage(`Version ${published.number} published.`);
    },
  });
  const { autosave, publishing } = draft;

  async function publish() {
    setMessage(null);
    await draft.publish();
  }

  const isDraft = working?.status === 'draft';
  const unsaved = autosave.state !== 'saved';
  const blockedBy =
    autosave.state === 'conflict'
      ? 'Reload first: someone else saved this draft.'
      : !isDraft && !unsaved
        ? 'Nothing to publish: change the text to start a draft.'
        : !body.trim()
          ? 'Write the script first.'
          : null;

  return (
    <article className="script-page script-editor">
      <p className="breadcrumb">
        <Link to="/processes">← Processes</Link>
      </p>
      <div className="studio-header">
        <div className="studio-title">
          <h1>{name}</h1>
          <p className="muted">{working ? (isDraft ? `Draft of version ${working.number}` : `Version ${working.number} (published)`) : 'New script'}</p>
        </div>
        <div className="studio-actions">
          <SaveStatus autosave={autosave} />
          <PublishButton pending={publishing.pending} blockedBy={blockedBy} onPublish={() => void publish()} />
        </div>
      </div>
      {draft.conflict && (
        <DraftConflictAlert
          error={draft.conflict}
          what="script"
          onReload={onReload}
          onDownloadMine={() => downloadFile(`${fileNameOf(name)}-my-version.md`, bodyRef.current, 'text/markdown')}
          downloadLabel="Download my text (.md)"
        />
      )}
      <StatusMessage>{message}</StatusMessage>
      <FormAlert error={publishing.error} />
      <div className="inline-form">
        <CommitTextField label="Script name" value={name} onCommit={(next) => void rename(next)} required hint="Press Enter to rename; its versions keep their text." />
      </div>
      <FormAlert error={renaming.error} />

      <div className="script-columns">
        <div className="field">
          <label htmlFor="script-body">Script (markdown)</label>
          <p id="script-body-hint" className="field-hint">
            Headings (## Intro), lists and **bold** show in the preview. Saved automatically.
          </p>
          <textarea
            id="script-body"
            className="script-textarea"
            value={body}
            maxLength={100_000}
            aria-describedby="script-body-hint"
            onChange={(event) => {
              bodyRef.current = event.target.value;
              setBody(event.target.value);
              autosave.changed();
            }}
          />
        </div>
        <section aria-label="Preview" className="script-preview">
          <SearchableMarkdown markdown={body} findLabel="Find in the preview" headingOffset={1} />
        </section>
      </div>

      <h2>Versions</h2>
      <table className="compact-table">
        <TableHead columns={['Version', 'Status', 'When']} />
        <tbody>
          {[...versions]
            .sort((a, b) => b.number - a.number)
            .map((item) => (
              <tr key={item.number}>
                <td>
                  {item.status === 'published' ? <Link to={`/scripts/${script.id}?version=${item.number}`}>v{item.number}</Link> : `v${item.number}`}
                </td>
                <td>
                  <span className={`status-badge status-${item.status}`}>{item.status === 'draft' ? 'Draft' : 'Published'}</span>
                </td>
                <td className="details-text">{formatDateTime(item.publishedAt ?? item.createdAt)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </article>
  );
}

function upsert(versions: ScriptDetail['versions'], saved: ScriptVersion): ScriptDetail['versions'] {
  const { body: _body, ...summary } = saved;
  return [...versions.filter((item) => item.number !== saved.number), summary];
}
