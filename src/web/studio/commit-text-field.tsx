/** A labelled text input that hands its value over only when the person leaves it or presses Enter, so a rename is one undo step. */
import { useEffect, useId, useState } from 'react';

export interface CommitTextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  hint?: string;
  maxLength?: number;
  /** Refuses an empty value and puts the previous one back. */
  required?: boolean;
}

export function CommitTextField({ label, value, onCommit, hint, maxLength = 100, required = false }: CommitTextFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  // A rename made elsewhere (on the diagram, or by undo) shows here at once.
  useEffect(() => setText(value), [value]);

  function commit() {
    const trimmed = text.trim();
    if (trimmed === value.trim()) return;
    if (required && !trimmed) return setText(value);
    onCommit(trimmed);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        value={text}
        maxLength={maxLength}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            setText(value);
          }
        }}
      />
    </div>
  );
}
