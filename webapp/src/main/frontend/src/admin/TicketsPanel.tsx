// Where an event's attendees come from: ticket sources (a ticketing plugin and its settings), imports
// now or from an uploaded CSV, and the history of import runs with every rejected line.
import { useEffect, useState } from 'preact/hooks';
import { api, del, describe, get, post } from '../lib/api';
import type { MarqueeEvent } from '../lib/types';
import { ImportRuns, type ImportRun } from './ImportRuns';
import { MailBanner } from './MailBanner';
import { TicketSourceForm, type TicketSource } from './TicketSourceForm';
import { UploadColumns } from './UploadColumns';
import { usePlugins } from './usePlugins';

export function TicketsPanel({ event }: { event: MarqueeEvent }) {
  const plugins = usePlugins();
  const [sources, setSources] = useState<TicketSource[]>([]);
  const [runs, setRuns] = useState<ImportRun[]>([]);
  const [editing, setEditing] = useState<TicketSource | 'new' | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const load = () => Promise.all([
    get<TicketSource[]>(`/events/${event.id}/ticket-sources`).then(setSources),
    get<ImportRun[]>(`/events/${event.id}/imports`).then(setRuns),
  ]).catch((e) => setStatus({ kind: 'error', text: describe(e) }));
  useEffect(() => { load(); }, [event.id]);
  const summary = (run: ImportRun) => `Read ${run.rowsRead} rows: ${run.created} new, ${run.updated} updated, ` +
    `${run.cancelled} cancelled, ${run.unchanged} unchanged, ${run.rejectedCount} rejected.`;
  const importNow = async () => {
    setStatus(null);
    try {
      setStatus({ kind: 'ok', text: summary(await post<ImportRun>(`/events/${event.id}/imports`)) });
    } catch (e) {
      setStatus({ kind: 'error', text: describe(e) });
    }
    load();
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setStatus(null);
    try {
      const run = await api<ImportRun>('POST', `/events/${event.id}/imports`, await file.text(), 'text/csv');
      setStatus({ kind: 'ok', text: `${file.name}: ${summary(run)}` });
    } catch (e) {
      setStatus({ kind: 'error', text: describe(e) });
    }
    load();
  };
  const remove = async (source: TicketSource) => {
    await del(`/ticket-sources/${source.id}`).catch((e) => setStatus({ kind: 'error', text: describe(e) }));
    load();
  };
  if (editing) {
    return <TicketSourceForm event={event} source={editing === 'new' ? undefined : editing}
      onDone={() => { setEditing(null); load(); }} />;
  }
  return (
    <section aria-labelledby="tickets-title">
      <div class="spread">
        <h2 id="tickets-title">Ticket sources</h2>
        <button onClick={() => setEditing('new')}>Add a ticket source</button>
      </div>
      <MailBanner />
      {sources.length === 0 && <p class="muted">No ticket source: attendees come only from uploaded exports.</p>}
      <ul class="list">
        {sources.map((s) => (
          <li key={s.id} class="spread">
            <span><strong>{s.type}</strong> <span class="muted">{String(s.settings.exportUrl ?? '')}
              {s.nextRunAt && ` · next check ${new Date(s.nextRunAt).toLocaleTimeString()}`}</span></span>
            <span class="row">
              <button class="secondary small" onClick={() => setEditing(s)}>Edit</button>
              <button class="danger small" onClick={() => remove(s)}>Remove</button>
            </span>
          </li>
        ))}
      </ul>
      <div class="row">
        <button onClick={importNow} disabled={sources.length === 0}>Import now</button>
        <label class="button secondary">Upload an export (CSV)
          <input class="visually-hidden" type="file" accept=".csv,text/csv" aria-describedby="upload-columns"
            onChange={(e) => upload((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </div>
      {plugins && <UploadColumns plugins={plugins} sources={sources} />}
      {status && <p class={'status ' + status.kind} role="status">{status.text}</p>}
      <ImportRuns runs={runs} />
    </section>
  );
}
