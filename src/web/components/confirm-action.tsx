/** A button that asks once more before doing something that cannot be undone. */
import { useState } from 'react';
import { QuietDangerButton } from './quiet-danger-button.tsx';

export interface ConfirmActionProps {
  /** The button text, e.g. "Remove". */
  label: string;
  /** Whom or what it acts on, read only by screen readers so that each row's button has its own name. */
  subject?: string;
  /** The question, e.g. "Remove Jane from the organization?". */
  question: string;
  /** The text of the button that does it, e.g. "Yes, remove". */
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
}

export function ConfirmAction({ label, subject, question, confirmLabel, onConfirm, pending = false }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) return <QuietDangerButton label={label} subject={subject} pending={pending} onClick={() => setAsking(true)} />;
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className="button-danger"
        // Focus moves to the question's answer, so a keyboard user confirms or cancels right away.
        autoFocus
        disabled={pending}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
