/** Changes the member's password, asking for the current one first. */
import { useState, type FormEvent } from 'react';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TextField } from '../../components/text-field.tsx';
import { api } from '../../api.ts';
import { useAction } from '../../hooks/use-action.ts';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const { run, pending, error } = useAction();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const changed = await run(() => api.changePassword({ currentPassword, newPassword }).then(() => undefined));
    if (changed) {
      setCurrentPassword('');
      setNewPassword('');
      setDone('Your password has been changed.');
    }
  }

  return (
    <section aria-labelledby="password-title" className="panel">
      <h2 id="password-title">Change password</h2>
      <form onSubmit={submit}>
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={fieldErrorOf(error, 'currentPassword')}
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          required
          minLength={10}
          maxLength={256}
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={fieldErrorOf(error, 'newPassword')}
        />
        <FormAlert error={error} fields={FIELDS} />
        <StatusMessage>{done}</StatusMessage>
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? 'Changing…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}
