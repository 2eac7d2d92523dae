/** A step's service level as an ISO-8601 duration (PT1H), with common choices and the duration said in words. */
import { useId } from 'react';
import { describeDuration } from '../format/describe-duration.ts';

const COMMON = ['PT15M', 'PT30M', 'PT1H', 'PT4H', 'P1D', 'P2D', 'P1W'];

export interface DueInFieldProps {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
}

export function DueInField({ value, onChange, error }: DueInFieldProps) {
  const id = useId();
  const words = value ? describeDuration(value) : null;
  const hint = !value ? 'No time limit. Example: PT1H is one hour, P1D one day.' : words ? `Within ${words}.` : 'Example: PT1H is one hour, P1D one day.';
  return (
    <div className="field">
      <label htmlFor={id}>Due within</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <input
        id={id}
        list={`${id}-choices`}
        value={value ?? ''}
        placeholder="PT1H"
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value.trim().toUpperCase() || null)}
      />
      <datalist id={`${id}-choices`}>
        {COMMON.map((duration) => (
          <option key={duration} value={duration}>
            {describeDuration(duration)}
          </option>
        ))}
      </datalist>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
