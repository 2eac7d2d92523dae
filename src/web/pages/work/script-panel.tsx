/** The call script to read during a call: the process's script at its latest published version (or another picked), searchable. */
import type { ScriptDetail, ScriptVersion } from '../../../api/schemas/scripts.ts';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { SearchableMarkdown } from '../../components/searchable-markdown.tsx';
import type { Loaded } from '../../hooks/use-load.ts';

export interface ScriptChoice {
  scriptId: number;
  version: number;
}

export interface ScriptPanelProps {
  scripts: readonly ScriptDetail[];
  choice: ScriptChoice | null;
  onChoose: (choice: ScriptChoice) => void;
  loaded: Loaded<ScriptVersion | null>;
}

export function ScriptPanel({ scripts, choice, onChoose, loaded }: ScriptPanelProps) {
  if (scripts.length === 0 || !choice) {
    return (
      <section className="script-panel" aria-labelledby="script-title">
        <h2 id="script-title">Script</h2>
        <p className="muted">This process names no published script.</p>
      </section>
    );
  }
  const options = scripts.flatMap((script) =>
    script.versions
      .filter((version) => version.status === 'published')
      .map((version) => ({ value: `${script.id}:${version.number}`, label: `${script.name}, version ${version.number}${version.number === script.latestPublishedVersion ? ' (latest)' : ''}` })),
  );
  return (
    <section className="script-panel" aria-labelledby="script-title">
      <div className="script-head">
        <h2 id="script-title">Script</h2>
        <label className="visually-hidden" htmlFor="script-version">
          Script version
        </label>
        <select
          id="script-version"
          value={`${choice.scriptId}:${choice.version}`}
          onChange={(event) => {
            const [scriptId, version] = event.target.value.split(':').map(Number);
            onChoose({ scriptId: scriptId!, version: version! });
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {loaded.error ? <LoadError error={loaded.error} /> : !loaded.data ? <Loading what="Loading the script" /> : <SearchableMarkdown markdown={loaded.data.body} findLabel="Find in the script" headingOffset={2} />}
    </section>
  );
}
