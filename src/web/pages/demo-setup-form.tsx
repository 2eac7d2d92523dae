/**
 * The setup page's demo option: a demo agency with clients, VAs and a calling history instead of an empty
 * organization, created on the server with a progress bar; when it is ready, the person is signed in as its owner
 * and lands on its dashboards.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client.ts';
import { DEMO_SIZES, type DemoSetupStatus } from '../../api/schemas/auth.ts';
import { fieldErrorOf } from '../components/field-error-of.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { TextField } from '../components/text-field.tsx';
import { api } from '../api.ts';
import { toApiError } from '../hooks/to-api-error.ts';

const FIELDS = ['email', 'password', 'size'] as const;
const POLL_MS = 500;

const SIZE_LABELS = {
  small: `Small: ${DEMO_SIZES.small.vas} VAs, ${DEMO_SIZES.small.days} days (under a minute)`,
  full: `Full: ${DEMO_SIZES.full.vas} VAs, a year (a few minutes)`,
} as const;

export function DemoSetupForm() {
  const [form, setForm] = useState({ email: '', password: '', size: 'small' as keyof typeof DEMO_SIZES });
  const [status, setStatus] = useState<DemoSetupStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const credentials = useRef(form);

  useEffect(() => {
    if (status?.state !== 'running') return;
    const timer = setTimeout(() => {
      api.demoSetupStatus().then(setStatus, (caught: unknown) => setError(toApiError(caught)));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (status?.state === 'failed') setBusy(false);
    if (status?.state !== 'done') return;
    const { email, password } = credentials.current;
    api.login({ email, password }).then(
      // A fresh load of the dashboards: the session cookie is set, so the app starts there signed in.
      () => window.location.replace('/dashboards'),
      (caught: unknown) => {
        setError(toApiError(caught));
        setBusy(false);
      },
    );
  }, [status]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    credentials.current = form;
    try {
      setStatus(await api.startDemoSetup(form));
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  }

  const share = status && status.total > 0 ? status.done / status.total : 0;
  return (
    <form onSubmit={submit} aria-labelledby="demo-title">
      <h2 id="demo-title">Or explore a demo agency first</h2>
      <p className="field-hint">
        A made-up agency with its clients, team leads and VAs, their calls, leads and follow-ups, with a few problems
        planted for the dashboards and alerts to find. You sign in as its owner with this email and password.
      </p>
      <TextField label="Email" name="demo-email" type="email" autoComplete="email" required value={form.email} onChange={(event) => setForm({ ...form, email: event.target.value })} error={fieldErrorOf(error, 'email')} />
      <TextField
        label="Password"
        name="demo-password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        required
        minLength={10}
        maxLength={256}
        value={form.password}
        onChange={(event) => setForm({ ...form, password: event.target.value })}
        error={fieldErrorOf(error, 'password')}
      />
      <fieldset className="field checkbox-group">
        <legend>Size</legend>
        {(Object.keys(SIZE_LABELS) as Array<keyof typeof SIZE_LABELS>).map((size) => (
          <label key={size} className="checkbox">
            <input type="radio" name="demo-size" value={size} checked={form.size === size} onChange={() => setForm({ ...form, size })} /> {SIZE_LABELS[size]}
          </label>
        ))}
      </fieldset>
      <FormAlert error={error} fields={FIELDS} />
      {status?.state === 'failed' && <p className="alert alert-error">The demo could not be created: {status.error}</p>}
      {busy && status && status.state !== 'failed' && (
        <div className="demo-progress" role="status" aria-live="polite">
          <progress max={1} value={share} aria-label="Demo agency being created" />
          <p>
            {status.state === 'done' ? 'Ready. Signing you in…' : status.total === 0 ? 'Starting…' : `${Math.round(share * 100)} %: ${status.events.toLocaleString()} calls and sessions written (${status.done} of ${status.total} VA-days).`}
          </p>
        </div>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Creating the demo…' : 'Create the demo agency'}
      </button>
    </form>
  );
}
