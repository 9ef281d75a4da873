// Webhooks: of one event (its Webhooks tab) or instance-wide (the console's Webhooks page, platform
// organizers): the endpoints, a form to add one (its signing secret shown once, with a copy button),
// delete, and each endpoint's delivery log with "Send again".
import { useEffect, useState } from 'preact/hooks';
import { del, describe, get, post } from '../lib/api';
import { ConfirmDialog } from './ConfirmDialog';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS } from './formErrors';
import { chosenEvents, type Delivery, deliveryState, EVENT_TYPES, type Webhook } from './webhooks';

export function WebhooksPanel({ eventId }: { eventId?: number }) {
  const [hooks, setHooks] = useState<Webhook[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [created, setCreated] = useState<Webhook | null>(null);
  const [removing, setRemoving] = useState<Webhook | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const load = () => get<Webhook[]>(eventId ? `/webhooks?eventId=${eventId}` : '/webhooks')
    .then((all) => setHooks(eventId ? all : all.filter((w) => w.eventId === null)))
    .catch((e) => setStatus(describe(e)));
  useEffect(() => { load(); }, [eventId]);
  const remove = async (w: Webhook) => {
    setRemoving(null);
    try {
      await del(`/webhooks/${w.id}`);
      setStatus(`The webhook to ${w.url} is deleted.`);
    } catch (e) {
      setStatus(describe(e));
    }
    load();
  };
  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{eventId ? 'Webhooks' : 'Instance-wide webhooks'}</h2>
      <p class="muted">Marquee posts signed messages (Standard Webhooks) to these addresses when things happen
        {eventId ? ' at this event' : ' at any event'}, retrying for 24 hours.</p>
      {status && <p class="status" role="status">{status}</p>}
      {created?.secret && <SecretShown webhook={created} onDone={() => setCreated(null)} />}
      {hooks && hooks.length === 0 ? <p class="muted">No webhooks yet.</p> : (
        <div class="table-wrap">
          <table aria-label="Webhooks">
            <thead><tr><th>URL</th><th>Events</th><th /></tr></thead>
            <tbody>
              {(hooks ?? []).map((w) => (
                <tr key={w.id}>
                  <td>{w.url}</td><td>{w.events.join(', ')}</td>
                  <td class="actions">
                    <button class="secondary small" aria-expanded={open === w.id}
                      onClick={() => setOpen(open === w.id ? null : w.id)}>Deliveries</button>
                    {' '}
                    <button class="secondary small" aria-label={`Delete the webhook to ${w.url}`}
                      onClick={() => setRemoving(w)}>Delete</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open !== null && <DeliveryLog webhookId={open} />}
      <WebhookForm eventId={eventId} onCreated={(w) => { setCreated(w); load(); }} />
      {removing && <ConfirmDialog title="Delete this webhook?" confirmLabel="Delete"
        message={`Messages to ${removing.url} stop at once, including those not yet delivered.`}
        onConfirm={() => remove(removing)} onCancel={() => setRemoving(null)} />}
    </section>
  );
}

function SecretShown({ webhook, onDone }: { webhook: Webhook; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(webhook.secret ?? '');
    } catch {
      (document.getElementById('webhook-secret') as HTMLInputElement | null)?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <div class="card stack" role="region" aria-labelledby="secret-title">
      <h3 id="secret-title">Signing secret for {webhook.url}</h3>
      <p>Shown only now: Marquee cannot show it again. Your receiver verifies each message's
        <code>webhook-signature</code> with it.</p>
      <div class="copy-row">
        <input id="webhook-secret" class="code" readOnly value={webhook.secret ?? ''} size={50} aria-label="Signing secret" />
        <button class="secondary small" onClick={copy}>Copy secret</button>
      </div>
      <p class="muted" role="status">{copied ? 'The secret is copied.' : ''}</p>
      <div><button onClick={onDone}>Done</button></div>
    </div>
  );
}

function DeliveryLog({ webhookId }: { webhookId: number }) {
  const [log, setLog] = useState<Delivery[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const load = () => get<Delivery[]>(`/webhooks/${webhookId}/deliveries`).then(setLog).catch((e) => setStatus(describe(e)));
  useEffect(() => { load(); }, [webhookId]);
  const resend = async (d: Delivery) => {
    try {
      await post(`/webhooks/${webhookId}/deliveries/${d.id}/resend`);
      setStatus(`${d.type} (${d.messageId}) is sent again.`);
    } catch (e) {
      setStatus(describe(e));
    }
    load();
  };
  return (
    <div class="stack">
      <div class="spread"><h3>Deliveries</h3><button class="secondary small" onClick={load}>Refresh</button></div>
      {status && <p class="status" role="status">{status}</p>}
      {log && log.length === 0 ? <p class="muted">Nothing sent yet.</p> : (
        <div class="table-wrap">
          <table aria-label="Deliveries">
            <thead><tr><th>When</th><th>Event</th><th>State</th><th>Attempts</th><th /></tr></thead>
            <tbody>
              {(log ?? []).map((d) => (
                <tr key={d.id}>
                  <td>{new Date(d.createdAt).toLocaleString()}</td>
                  <td><span title={d.messageId}>{d.type}</span></td>
                  <td>{deliveryState(d)}</td><td>{d.attempts}</td>
                  <td><button class="secondary small" aria-label={`Send ${d.type} ${d.messageId} again`}
                    onClick={() => resend(d)}>Send again</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function WebhookForm({ eventId, onCreated }: { eventId?: number; onCreated: (w: Webhook) => void }) {
  const [url, setUrl] = useState('');
  const [ticked, setTicked] = useState<string[]>(EVENT_TYPES.map(([t]) => t));
  const [errors, setErrors] = useState(NO_ERRORS);
  const toggle = (t: string) => setTicked(ticked.includes(t) ? ticked.filter((x) => x !== t) : [...ticked, t]);
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    try {
      onCreated(await post<Webhook>('/webhooks', { url, events: chosenEvents(ticked), eventId: eventId ?? null }));
      setUrl('');
    } catch (err) {
      setErrors(formErrors(err));
    }
  };
  return (
    <form class="stack card" onSubmit={submit} aria-labelledby="webhook-form-title">
      <h3 id="webhook-form-title">Add a webhook</h3>
      <Field id="webhook-url" label="URL" required help="https://… where your receiver listens." error={errors.fields.url}>
        {(a) => <input {...a} type="url" value={url} onInput={(e) => setUrl(valueOf(e))} />}
      </Field>
      <fieldset>
        <legend>Events</legend>
        {EVENT_TYPES.map(([t, label]) => (
          <label key={t} class="check">
            <input type="checkbox" checked={ticked.includes(t)} onChange={() => toggle(t)} /> {label} <code>{t}</code>
          </label>
        ))}
      </fieldset>
      {errors.form && <p class="status error" role="alert">{errors.form}</p>}
      <div><button type="submit" disabled={ticked.length === 0}>Add webhook</button></div>
    </form>
  );
}
