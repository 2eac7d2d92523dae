/** Creates, lists and revokes the member's personal API tokens for the CLI and integrations. */
import { useState, type FormEvent } from 'react';
import type { CreatedApiToken } from '../../../api/schemas/tokens.ts';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { CopyField } from '../../components/copy-field.tsx';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { TextField } from '../../components/text-field.tsx';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useLoad } from '../../hooks/use-load.ts';

export function ApiTokensSection() {
  const tokens = useLoad(() => api.listTokens(), []);
  const create = useAction();
  const revoke = useAction();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await create.run(async () => {
      setCreated(await api.createToken({ name }));
      setName('');
      tokens.reload();
    });
  }

  async function revokeToken(tokenId: number) {
    const revoked = await revoke.run(() => api.revokeToken(tokenId).then(() => undefined));
    if (revoked) {
      if (created?.token.id === tokenId) setCreated(null);
      tokens.reload();
    }
  }

  return (
    <section aria-labelledby="tokens-title" className="panel">
      <h2 id="tokens-title">API tokens</h2>
      <p>
        A personal API token lets the <code>swimlane</code> command line or an integration act as you. It has your role,
        so keep it secret; revoke it when it is no longer used.
      </p>
      <form onSubmit={submit} className="inline-form">
        <TextField
          label="Token name"
          name="name"
          hint="What it is for, e.g. “CLI on my laptop”."
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrorOf(create.error, 'name')}
        />
        <button type="submit" className="button-primary" disabled={create.pending}>
          Create token
        </button>
      </form>
      <FormAlert error={create.error} fields={['name']} />
      {created && (
        <div className="alert alert-success">
          <CopyField
            label={`Secret of “${created.token.name}”`}
            value={created.secret}
            hint="Copy it now: it is shown only once."
          />
        </div>
      )}

      <h3>Your tokens</h3>
      <FormAlert error={revoke.error} />
      {tokens.error ? (
        <LoadError error={tokens.error} />
      ) : !tokens.data ? (
        <Loading what="Loading tokens" />
      ) : tokens.data.tokens.length === 0 ? (
        <p className="muted">You have no API tokens.</p>
      ) : (
        <table>
          <TableHead columns={['Name', 'Starts with', 'Created', 'Last used']} actions />
          <tbody>
            {tokens.data.tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{formatDateTime(token.createdAt)}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</td>
                <td className="actions">
                  <ConfirmAction
                    label="Revoke"
                    subject={token.name}
                    question={`Revoke “${token.name}”?`}
                    confirmLabel="Yes, revoke"
                    pending={revoke.pending}
                    onConfirm={() => void revokeToken(token.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
