/** A one-field form that adds a named item to a list (a tool, a counter, a checklist item) with a button or Enter. */
import { useId, useState, type FormEvent } from 'react';

export interface AddItemFormProps {
  label: string;
  buttonLabel: string;
  onAdd: (name: string) => void;
  maxLength?: number;
  disabled?: boolean;
}

export function AddItemForm({ label, buttonLabel, onAdd, maxLength = 100, disabled = false }: AddItemFormProps) {
  const id = useId();
  const [name, setName] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    onAdd(trimmed);
    setName('');
  }

  return (
    <form className="add-item-form" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <div className="add-item-row">
        <input id={id} value={name} maxLength={maxLength} disabled={disabled} onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={disabled || !name.trim()}>
          {buttonLabel}
        </button>
      </div>
    </form>
  );
}
