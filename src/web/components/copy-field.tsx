/** A read-only value, such as an invitation link or a token secret, with a button that copies it. */
import { useId, useRef, useState } from 'react';

export interface CopyFieldProps {
  label: string;
  value: string;
  hint?: string;
}

export function CopyField({ label, value, hint }: CopyFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      // The clipboard API needs a secure context; select the text so the person can copy it themselves.
      input.current?.select();
      setStatus('Press Ctrl+C (or ⌘C) to copy the selected text.');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="copy-field">
        <input
          id={id}
          ref={input}
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p role="status" className="field-hint">
        {status}
      </p>
    </div>
  );
}
