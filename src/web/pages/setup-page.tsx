/** Creates the organization and its first owner on an empty database, or a demo agency to explore first. */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrorOf } from '../components/field-error-of.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { TextField } from '../components/text-field.tsx';
import { api } from '../api.ts';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useSession } from '../session/use-session.ts';
import { DemoSetupForm } from './demo-setup-form.tsx';

const FIELDS = ['organizationName', 'name', 'email', 'password'] as const;

export function SetupPage() {
  useDocumentTitle('Set up');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const { run, pending, error } = useAction();
  const [form, setForm] = useState({ organizationName: '', name: '', email: '', password: '' });

  function update(field: (typeof FIELDS)[number], value: string) {
    setForm((current) => ({ ...current, [field]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const session = await api.setup(form);
      signIn(session);
      navigate('/library', { replace: true });
    });
  }

  return (
    <main id="main" className="centered-page">
      <div className="card">
        <h1>Set up Swimlane</h1>
        <p className="lead">
          Create your organization and your own account. You will be its owner, and can invite your team and virtual
          assistants afterwards.
        </p>
        <form onSubmit={submit} aria-label="Create your organization">
          <TextField
            label="Organization name"
            name="organizationName"
            autoComplete="organization"
            required
            maxLength={100}
            value={form.organizationName}
            onChange={(event) => update('organizationName', event.target.value)}
            error={fieldErrorOf(error, 'organizationName')}
          />
          <TextField
            label="Your name"
            name="name"
            autoComplete="name"
            required
            maxLength={100}
            value={form.name}
            onChange={(event) => update('name', event.target.value)}
            error={fieldErrorOf(error, 'name')}
          />
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            required
            value={form.email}
            onChange={(event) => update('email', event.target.value)}
            error={fieldErrorOf(error, 'email')}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            hint="At least 10 characters."
            required
            minLength={10}
            maxLength={256}
            value={form.password}
            onChange={(event) => update('password', event.target.value)}
            error={fieldErrorOf(error, 'password')}
          />
          <FormAlert error={error} fields={FIELDS} />
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? 'Creating…' : 'Create organization'}
          </button>
        </form>
      </div>
      <div className="card">
        <DemoSetupForm />
      </div>
    </main>
  );
}
