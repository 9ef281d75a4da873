// An rtmp stage's restream targets in the console: the stage's stream pushed to YouTube, Twitch or any
// RTMP(S) server while it is live. Lists each target with its status (refreshed every few seconds while
// shown), adds one (address and stream key; the key comes back masked), switches one on or off, deletes one.
import { useEffect, useState } from 'preact/hooks';
import { del, describe, get, post, put } from '../lib/api';
import { ConfirmDialog } from './ConfirmDialog';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS, type FormErrors } from './formErrors';
import { useEvery } from './useEvery';

export interface RestreamStatus {
  state: 'idle' | 'connecting' | 'connected' | 'retrying' | 'failed';
  bitrate: number;
  lastError: string | null;
  since: string | null;
  droppedPackets: number;
  reconnects: number;
}
export interface Restream { id: number; url: string; key: string; enabled: boolean; status: RestreamStatus }

const REFRESH_MS = 3000;

/** One line on a target's push, for people. */
export function describeStatus(s: RestreamStatus): string {
  switch (s.state) {
    case 'connected': return `Connected · ${Math.round(s.bitrate / 1000)} kbps`;
    case 'connecting': return 'Connecting…';
    case 'retrying': return `Reconnecting${s.lastError ? `: ${s.lastError}` : ''}`;
    case 'failed': return `Failed${s.lastError ? `: ${s.lastError}` : ''}`;
    default: return 'Idle (starts when the stage is live)';
  }
}

export function RestreamsPanel({ stageId }: { stageId: number }) {
  const [targets, setTargets] = useState<Restream[] | null>(null);
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [removing, setRemoving] = useState<Restream | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const load = () => get<Restream[]>(`/stages/${stageId}/restreams`).then(setTargets).catch((e) => setStatus(describe(e)));
  useEffect(() => { load(); }, [stageId]);
  useEvery(REFRESH_MS, true, load);

  const add = (e: Event) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    post<Restream>(`/stages/${stageId}/restreams`, { url, key, enabled: true })
      .then(() => { setUrl(''); setKey(''); setStatus('Restream target added.'); load(); })
      .catch((err) => setErrors(formErrors(err, ['url', 'key'])));
  };
  const toggle = (t: Restream) => put<Restream>(`/restreams/${t.id}`, { enabled: !t.enabled })
    .then(load).catch((err) => setStatus(describe(err)));
  const remove = (t: Restream) => {
    setRemoving(null);
    del(`/restreams/${t.id}`).then(load).catch((err) => setStatus(describe(err)));
  };

  return (
    <section class="card" aria-labelledby={`restreams-${stageId}`}>
      <h4 id={`restreams-${stageId}`}>Restream</h4>
      <p class="muted">While the stage is live, its stream also goes to these servers as it arrives.</p>
      {targets && targets.length > 0 && (
        <ul class="list" aria-label="Restream targets">
          {targets.map((t) => (
            <li key={t.id} class="spread" data-restream={t.id}>
              <div><code>{t.url}</code> <span class="muted">key {t.key}</span>
                <div class={`restream-status ${t.status.state}`} role="status">{t.enabled ? describeStatus(t.status) : 'Off'}
                  {t.status.droppedPackets > 0 && ` · ${t.status.droppedPackets} packets skipped`}</div></div>
              <span class="row">
                <button type="button" class="secondary small" onClick={() => toggle(t)}>{t.enabled ? 'Stop' : 'Start'}</button>
                <button type="button" class="danger small" onClick={() => setRemoving(t)}>Delete</button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} aria-label="Add a restream target">
        <Field id={`restream-url-${stageId}`} label="Server" error={errors.fields.url} required
          help="From the platform's stream settings, e.g. rtmp://a.rtmp.youtube.com/live2 or rtmp://live.twitch.tv/app">
          {(a) => <input {...a} value={url} onInput={(e) => setUrl(valueOf(e))} placeholder="rtmps://…" />}
        </Field>
        <Field id={`restream-key-${stageId}`} label="Stream key" error={errors.fields.key} required
          help="Kept secret: shown as ******** once saved.">
          {(a) => <input {...a} type="password" autocomplete="off" value={key} onInput={(e) => setKey(valueOf(e))} />}
        </Field>
        {errors.form && <p class="status error" role="alert">{errors.form}</p>}
        <button type="submit">Add restream target</button>
      </form>
      {status && <p class="status" role="status">{status}</p>}
      {removing && <ConfirmDialog title="Delete this restream target?" confirmLabel="Delete"
        message={`The stream stops going to ${removing.url}.`} onConfirm={() => remove(removing)}
        onCancel={() => setRemoving(null)} />}
    </section>
  );
}
