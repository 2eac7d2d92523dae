/** A quiet button for something destructive (a row's Remove, Revoke, Delete), named for screen readers by what it acts on so each row's button has its own name. */
export interface QuietDangerButtonProps {
  /** The button text, e.g. "Remove". */
  label: string;
  /** Whom or what it acts on, read only by screen readers. */
  subject?: string;
  pending?: boolean;
  onClick: () => void;
}

export function QuietDangerButton({ label, subject, pending = false, onClick }: QuietDangerButtonProps) {
  return (
    <button type="button" className="button-danger-quiet" disabled={pending} onClick={onClick}>
      {label}
      {subject && <span className="visually-hidden"> {subject}</span>}
    </button>
  );
}
