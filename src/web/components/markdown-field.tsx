/** A labelled markdown textarea with a Write / Preview switch, its hint and error linked for screen readers. */
import { useId, useState, type TextareaHTMLAttributes } from 'react';
import { MarkdownView } from './markdown-view.tsx';

export interface MarkdownFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
}

export function MarkdownField({ label, value, onChange, hint, error, rows = 6, ...textarea }: MarkdownFieldProps) {
  const id = useId();
  const [previewing, setPreviewing] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field markdown-field">
      <div className="markdown-field-head">
        <label htmlFor={id}>{label}</label>
        <button
          type="button"
          className="button-small"
          aria-pressed={previewing}
          onClick={() => setPreviewing((current) => !current)}
        >
          {previewing ? 'Edit' : 'Preview'}
          <span className="visually-hidden"> {label}</span>
        </button>
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {previewing ? (
        <div className="markdown-preview" aria-label={`${label} (preview)`} role="region">
          <MarkdownView markdown={value} />
        </div>
      ) : (
        <textarea
          id={id}
          rows={rows}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          {...textarea}
        />
      )}
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
