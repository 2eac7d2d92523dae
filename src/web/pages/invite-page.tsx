/** Lets an invited person see whose invitation it is, choose a name and password, and join. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { fieldErrorOf } from '../components/field-error-of.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { TextField } from '../components/text-field.tsx';
import { api } from '../api.ts';
import { roleLabel } from '../format/role-label.ts';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useLoad } from '../hooks/use-load.ts';
import { homePathFor } from '../session/home-path-for.ts';
import { useSession } from '../session/use-session.ts';

const FIELDS = ['name', 'password'] as const;

export function InvitePage() {
  useDocumentTitle('Accept invitation');
  const { token = '' } = useParams();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const preview = useLoad(() => api.previewInvitation(token), [token]);
  const { run, pending, error } = useAction();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const session = await api.acceptInvitation({ token, name, password });
      signIn(session);
      navigate(homePathFor(session.role), { replace: true });
    });
  }

  const invitation = preview.data;
  return (
    <main id="main" className="centered-page">
      <div className="card">
        <h1>Join Swimlane</h1>
        {preview.error ? (
          <>
            <p role="alert" className="alert alert-error">
              {preview.error.status === 404 || preview.error.status === 400
                ? 'This invitation link is not valid: it has expired, was revoked or was already used. Ask the person who invited you for a new link.'
                : preview.error.message}
            </p>
            <p>
              <Link to="/login">Go to the login page</Link>
            </p>
          </>
        ) : !invitation ? (
          <p role="status">Checking the invitation…</p>
        ) : (
          <>
            <p className="lead">
              You are invited to join <strong>{invitation.organizationName}</strong>.
            </p>
            <dl className="details">
              <dt>Organization</dt>
              <dd>{invitation.organizationName}</dd>
              <dt>Email</dt>
              <dd>{invitation.email}</dd>
              <dt>Role</dt>
              <dd>{roleLabel(invitation.role)}</dd>
            </dl>
            {invitation.hasAccount && (
              <p className="alert alert-info">
                You already have a Swimlane account with this email address: enter its existing password to join.
              </p>
            )}
            <form onSubmit={submit}>
              <TextField
                label="Your name"
                name="name"
                autoComplete="name"
                required
                maxLength={100}
                value={name}
                onChange={(event) => setName(event.target.value)}
                error={fieldErrorOf(error, 'name')}
              />
              <TextField
                label={invitation.hasAccount ? 'Your existing password' : 'Choose a password'}
                name="password"
                type="password"
                autoComplete={invitation.hasAccount ? 'current-password' : 'new-password'}
                hint={invitation.hasAccount ? undefined : 'At least 10 characters.'}
                required
                minLength={invitation.hasAccount ? undefined : 10}
                maxLength={256}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                error={fieldErrorOf(error, 'password')}
              />
              <FormAlert error={error} fields={FIELDS} />
              <button type="submit" className="button-primary" disabled={pending}>
                {pending ? 'Joining…' : `Join ${invitation.organizationName}`}
              </button>
            </form>
          </>
        )}
      </div>
    </main>
  );
}
