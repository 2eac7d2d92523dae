/** Offers to replace a template copy's process with a newer version of its template, after the person has seen the diff. */
import { FormAlert } from '../../components/form-alert.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';

export interface TakeUpdatePanelProps {
  copyId: number;
  copyName: string;
  /** The copy's published version the preview compares with. */
  currentVersion: number;
  templateName: string;
  /** The template version previewed. */
  version: number;
  onTaken: () => void;
}

export function TakeUpdatePanel({ copyId, copyName, currentVersion, templateName, version, onTaken }: TakeUpdatePanelProps) {
  const action = useAction();

  async function take() {
    const taken = await action.run(() => api.takeUpdate(copyId, { version }).then(() => undefined));
    if (taken) onTaken();
  }

  return (
    <section aria-labelledby="take-update-title" className="panel take-update">
      <h2 id="take-update-title">Take version {version} of “{templateName}”</h2>
      <p>
        Below, version {currentVersion} of “{copyName}” (what the team runs now, with your own changes) is compared with the
        template's version {version}. Taking the update makes the template's version the new draft of “{copyName}”: it replaces
        the whole diagram and documentation, your own changes and any draft included. Nothing changes for the team until you
        publish that draft; discarding it keeps “{copyName}” as it is, and the update stays available.
      </p>
      <FormAlert error={action.error} />
      <button type="button" className="button-primary" onClick={() => void take()} disabled={action.pending}>
        {action.pending ? 'Taking the update…' : `Take update (version ${version})`}
      </button>
    </section>
  );
}
