/** Retries the step an incident stopped, optionally setting corrected variables first (e.g. the one a condition needed). */
import type { Incident } from '../../../api/schemas/runs.ts';
import { api } from '../../api.ts';
import { VariablesForm } from './variables-form.tsx';

export interface RetryIncidentFormProps {
  incident: Incident;
  step: string;
  onRetried: () => void;
  onCancel: () => void;
}

export function RetryIncidentForm({ incident, step, onRetried, onCancel }: RetryIncidentFormProps) {
  return (
    <VariablesForm
      className="complete-task-form"
      title={`Retry “${step}”`}
      legend="Corrected variables"
      hint="Optional: set what the step needs before it is tried again. If it fails again, a new incident says why."
      submitLabel="Retry now"
      pendingLabel="Retrying…"
      send={(variables) => api.retryIncident(incident.id, { variables })}
      onDone={onRetried}
      onCancel={onCancel}
    />
  );
}
