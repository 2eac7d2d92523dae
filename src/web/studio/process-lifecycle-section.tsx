/** Retires a process (no new runs; back in use at any time) or deletes one that has never run, each after a confirmation. */
import { useNavigate } from 'react-router';
import type { ProcessDetail } from '../../api/schemas/processes.ts';
import { ConfirmAction } from '../components/confirm-action.tsx';
import { FormAlert } from '../components/form-alert.tsx';
import { api } from '../api.ts';
import { formatDateTime } from '../format/format-date-time.ts';
import { useAction } from '../hooks/use-action.ts';
import { PanelSection } from './panel-section.tsx';

export interface ProcessLifecycleSectionProps {
  process: ProcessDetail;
  onProcessChanged: (process: ProcessDetail) => void;
}

export function ProcessLifecycleSection({ process, onProcessChanged }: ProcessLifecycleSectionProps) {
  const navigate = useNavigate();
  const action = useAction();
  const retired = process.retiredAt !== null;

  async function setRetired(retire: boolean) {
    await action.run(async () => onProcessChanged(await (retire ? api.retireProcess(process.id) : api.unretireProcess(process.id))));
  }

  async function remove() {
    const deleted = await action.run(() => api.deleteProcess(process.id).then(() => undefined));
    if (deleted) navigate('/processes', { replace: true });
  }

  return (
    <PanelSection title="Retire or delete" defaultOpen={retired}>
      {retired ? (
        <>
          <p className="field-hint">
            Retired on {formatDateTime(process.retiredAt!)}: no new runs start on it, and the process list shows it only when asked.
          </p>
          <button type="button" onClick={() => void setRetired(false)} disabled={action.pending}>
            Put back in use
          </button>
        </>
      ) : (
        <>
          <p className="field-hint">Retiring stops new runs; runs already going carry on, and you can put it back in use later.</p>
          <ConfirmAction
            label="Retire process"
            question={`Retire “${process.name}”? No new runs will start on it.`}
            confirmLabel="Yes, retire"
            onConfirm={() => void setRetired(true)}
            pending={action.pending}
          />
        </>
      )}
      <p className="field-hint">Deleting removes the process and all its versions for good; a process that has been run can only be retired.</p>
      <ConfirmAction
        label="Delete process"
        question={`Delete “${process.name}” and all its versions for good?`}
        confirmLabel="Yes, delete"
        onConfirm={() => void remove()}
        pending={action.pending}
      />
      <FormAlert error={action.error} />
    </PanelSection>
  );
}
