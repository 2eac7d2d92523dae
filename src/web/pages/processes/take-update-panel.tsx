/** Offers to replace a template copy's process with a newer version of its template, after the person has seen the diff. */
import { FormAlert } from '../../components/form-alert.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useLoad } from '../../hooks/use-load.ts';

export interface TakeUpdatePanelProps {
  copyId: number;
  /** The template version previewed. */
  version: number;
  onTaken: () => void;
}

export function TakeUpdatePanel({ copyId, version, onTaken }: TakeUpdatePanelProps) {
  const copy = useLoad(() => api.getProcess(copyId), [copyId]);
  const action = useAction();
  const name = copy.data?.name ?? 'your copy';

  async function take() {
    const taken = await action.run(() => api.takeUpdate(copyId, { version }).then(() => undefined));
    if (taken) onTaken();
  }

  return (
    <section aria-labelledby="take-update-title" className="panel take-update">
      <h2 id="take-update-title">Update “{name}” to template version {version}</h2>
      <p>
        Taking the update makes template version {version}, shown below as a diff from the version “{name}” was copied from,
        the new draft of “{name}”. It replaces the whole diagram and documentation, and any draft the copy has. Nothing changes
        for the team until you publish that draft; discarding it keeps the copy as it is.
      </p>
      <FormAlert error={copy.error ?? action.error} />
      <button type="button" className="button-primary" onClick={() => void take()} disabled={action.pending || !copy.data}>
        {action.pending ? 'Taking the update…' : `Take update (version ${version})`}
      </button>
    </section>
  );
}
