/** Logs a member in with email and password, then returns them to where they were going. */
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { fieldErrorOf } from '../components/field-error-of.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { TextField } from '../components/text-field.tsx';
import { api } from '../api.ts';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { homePathFor } from '../session/home-path-for.ts';
import { useSession } from '../session/use-session.ts';

const FIELDS = ['email', 'password'] as const;

export function LoginPage() {
  useDocumentTitle('Log in');
  const { session, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { run, pending, error } = useAction();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const from = (location.state as { from?: string } | null)?.from;

  if (session) return <Navigate to={from ?? homePathFor(session.role)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const next = await api.login({ email, password });
      signIn(next);
      navigate(from ?? homePathFor(next.role), { replace: true });
    });
  }

  return (
    <main id="main" className="centered-page">
      <div className="card">
        <h1>Log in to Swimlane</h1>
        <form onSubmit={submit}>
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldErrorOf(error, 'email')}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldErrorOf(error, 'password')}
          />
          <FormAlert error={error} fields={FIELDS} />
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? 'Logging in…' : 'Log in'}
          </button>
        </form>
        <p className="field-hint">New here? Ask an owner or admin of your organization for an invitation link.</p>
      </div>
    </main>
  );
}
