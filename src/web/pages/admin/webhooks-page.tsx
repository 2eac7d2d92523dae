/** Outgoing webhooks: register endpoints for events (the signing secret shown once), turn them off, ping or delete them, and read the delivery log with redelivery. */
import { useState, type FormEvent } from 'react';
import type { WebhookDeliveryStatus, WebhookEventType } from '../../../api/schemas/webhooks.ts';
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES } from '../../../api/schemas/webhooks.ts';
import { api } from '../../api.ts';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { CopyField } from '../../components/copy-field.tsx';
import { fieldErrorOf } from '../../components/field-error-of.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDateTime } from '../../format/format-date-time.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLoad } from '../../hooks/use-load.ts';

const FIELDS = ['url', 'events', 'description'] as const;

const EVENT_LABELS: Record<WebhookEventType, string> = {
  'lead.created': 'A lead is handed off',
  'task.overdue': 'A task is past its due time',
  'run.completed': 'A run completes',
  'day.report': "A VA's day report, after the team's midnight",
  'alert.fired': 'An alert fires, with why (once per subject and day; weekly for voicemails and lists)',
};

export function WebhooksPage() {
  useDocumentTitle('Webhooks');
  const endpoints = useLoad(() => api.listWebhooks(), []);
  const [filter, setFilter] = useState<{ webhookId: string; status: WebhookDeliveryStatus | '' }>({ webhookId: '', status: '' });
  const deliveries = useLoad(
    () => api.listWebhookDeliveries({ limit: '100', ...(filter.webhookId && { webhookId: filter.webhookId }), ...(filter.status && { status: filter.status }) }),
    [filter.webhookId, filter.status],
  );
  const create = useAction();
  const change = useAction();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['lead.created']);
  const [secret, setSecret] = useState<{ url: string; secret: string; rotated: boolean } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSecret(null);
    await create.run(async () => {
      const created = await api.createWebhook({ url, description, events });
      setSecret({ url: created.webhook.url, secret: created.secret, rotated: false });
      setUrl('');
      setDescription('');
      endpoints.reload();
    });
  }

  const act = async (action: () => Promise<unknown>) => {
    const done = await change.run(async () => {
      await action();
    });
    if (done) {
      endpoints.reload();
      deliveries.reload();
    }
  };

  const urlOf = new Map((endpoints.data?.webhooks ?? []).map((webhook) => [webhook.id, webhook.url]));

  return (
    <>
      <h2>Webhooks</h2>
      <p className="muted">
        A webhook tells another system (a CRM, a chat, a spreadsheet) when something happens here: Swimlane sends a signed
        JSON POST to the address you give, and tries again with growing pauses for about eight hours if it does not answer
        with a 2xx status. The README explains how to check the signature.
      </p>

      <section aria-labelledby="new-webhook-title" className="panel">
        <h3 id="new-webhook-title">Add an endpoint</h3>
        <form onSubmit={submit}>
          <TextField
            label="Address (URL)"
            name="url"
            type="url"
            required
            placeholder="https://crm.example.com/hooks/swimlane"
            hint="Must start with https:// (http:// only for localhost)."
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            error={fieldErrorOf(create.error, 'url')}
          />
          <TextField
            label="Description"
            name="description"
            hint="Optional: what receives it."
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={fieldErrorOf(create.error, 'description')}
          />
          <fieldset className="checkbox-group">
            <legend>Events</legend>
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} className="checkbox">
                <input
                  type="checkbox"
                  name="events"
                  value={type}
                  checked={events.includes(type)}
                  onChange={(event) => setEvents(event.target.checked ? [...events, type] : events.filter((chosen) => chosen !== type))}
                />{' '}
                <code>{type}</code> — {EVENT_LABELS[type]}
              </label>
            ))}
            {fieldErrorOf(create.error, 'events') && (
              <p role="alert" className="field-error">
                {fieldErrorOf(create.error, 'events')}
              </p>
            )}
          </fieldset>
          <FormAlert error={create.error} fields={FIELDS} />
          <button type="submit" className="button-primary" disabled={create.pending}>
            {create.pending ? 'Adding…' : 'Add endpoint'}
          </button>
        </form>
        {secret && (
          <div className="alert alert-success">
            <CopyField
              label={secret.rotated ? 'New signing secret' : 'Signing secret'}
              value={secret.secret}
              hint={`The secret of ${secret.url}: keep it where the receiver can check signatures with it. It is shown only now.`}
            />
          </div>
        )}
      </section>

      <h3>Endpoints</h3>
      <FormAlert error={change.error} />
      {endpoints.error ? (
        <LoadError error={endpoints.error} />
      ) : !endpoints.data ? (
        <Loading what="Loading webhooks" />
      ) : endpoints.data.webhooks.length === 0 ? (
        <p className="muted">No endpoints yet.</p>
      ) : (
        <table aria-label="Endpoints">
          <TableHead columns={['Address', 'Events', 'State']} actions />
          <tbody>
            {endpoints.data.webhooks.map((webhook) => (
              <tr key={webhook.id}>
                <td>
                  <code>{webhook.url}</code>
                  {webhook.description && <div className="muted">{webhook.description}</div>}
                </td>
                <td>{webhook.events.join(', ')}</td>
                <td>{webhook.active ? 'Active' : 'Off'}</td>
                <td className="actions">
                  <button type="button" disabled={change.pending} onClick={() => void act(() => api.pingWebhook(webhook.id))}>
                    Send test<span className="visually-hidden"> to {webhook.url}</span>
                  </button>{' '}
                  <button type="button" disabled={change.pending} onClick={() => void act(() => api.updateWebhook(webhook.id, { active: !webhook.active }))}>
                    {webhook.active ? 'Turn off' : 'Turn on'}
                    <span className="visually-hidden"> {webhook.url}</span>
                  </button>{' '}
                  <ConfirmAction
                    label="New secret"
                    subject={`for ${webhook.url}`}
                    question="Replace the secret? The receiver must use the new one at once."
                    confirmLabel="Yes, replace"
                    pending={change.pending}
                    onConfirm={() =>
                      void act(async () => {
                        const rotated = await api.rotateWebhookSecret(webhook.id);
                        setSecret({ url: rotated.webhook.url, secret: rotated.secret, rotated: true });
                      })
                    }
                  />{' '}
                  <ConfirmAction
                    label="Delete"
                    subject={webhook.url}
                    question="Delete this endpoint and its delivery log?"
                    confirmLabel="Yes, delete"
                    pending={change.pending}
                    onConfirm={() => void act(() => api.deleteWebhook(webhook.id))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Delivery log</h3>
      <form className="filter-bar" aria-label="Filter deliveries" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Endpoint" name="webhookId" value={filter.webhookId} onChange={(event) => setFilter({ ...filter, webhookId: event.target.value })}>
          <option value="">All endpoints</option>
          {(endpoints.data?.webhooks ?? []).map((webhook) => (
            <option key={webhook.id} value={String(webhook.id)}>
              {webhook.url}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" name="status" value={filter.status} onChange={(event) => setFilter({ ...filter, status: event.target.value as WebhookDeliveryStatus | '' })}>
          <option value="">Any status</option>
          {WEBHOOK_DELIVERY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </SelectField>
        <button type="button" onClick={deliveries.reload} style={{ alignSelf: 'center' }}>
          Refresh
        </button>
      </form>
      {deliveries.error ? (
        <LoadError error={deliveries.error} />
      ) : !deliveries.data ? (
        <Loading what="Loading deliveries" />
      ) : deliveries.data.deliveries.length === 0 ? (
        <p className="muted">Nothing has been sent yet.</p>
      ) : (
        <table aria-label="Delivery log">
          <TableHead columns={['Event', 'Endpoint', 'Status', 'Last answer', 'Attempts', 'Created']} actions />
          <tbody>
            {deliveries.data.deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <td>
                  <code>{delivery.eventType}</code> <span className="muted">#{delivery.id}</span>
                </td>
                <td>{urlOf.get(delivery.webhookId) ?? `Endpoint ${delivery.webhookId}`}</td>
                <td>
                  {delivery.status}
                  {delivery.status === 'pending' && delivery.nextAttemptAt && <div className="muted">next {formatDateTime(delivery.nextAttemptAt)}</div>}
                </td>
                <td>
                  {delivery.lastStatusCode ?? (delivery.attempts ? '—' : '')}
                  {delivery.lastError && <div className="muted">{delivery.lastError}</div>}
                  {delivery.lastDurationMs !== null && <div className="muted">{delivery.lastDurationMs} ms</div>}
                </td>
                <td>{delivery.attempts}</td>
                <td>{formatDateTime(delivery.createdAt)}</td>
                <td className="actions">
                  {delivery.status !== 'pending' && (
                    <button type="button" disabled={change.pending} onClick={() => void act(() => api.redeliverWebhook(delivery.id))}>
                      Redeliver<span className="visually-hidden"> delivery {delivery.id}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
