// An event's attendance for its organizers: figures per event, stage and scheduled session, a viewers-over-time
// chart per stage (its library loaded only here), the CSV download and who watched what.
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { describe, get } from '../lib/api';
import type { MarqueeEvent } from '../lib/types';
import { activityLabel, type AttendanceFigures, type AttendanceReport, type AttendeeSummary } from './attendance';

const ViewersChart = lazy(() => import('./ViewersChart'));

interface HistoryEntry {
  id: string;
  stageName: string;
  protocol: string;
  device: string;
  startedAt: string;
  endedAt: string | null;
}

export function AttendancePanel({ event }: { event: MarqueeEvent }) {
  const [report, setReport] = useState<AttendanceReport | null>(null);
  const [people, setPeople] = useState<AttendeeSummary[]>([]);
  const [history, setHistory] = useState<{ who: AttendeeSummary; viewings: HistoryEntry[] } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    get<AttendanceReport>(`/events/${event.id}/attendance`).then(setReport).catch((e) => setStatus(describe(e)));
    get<AttendeeSummary[]>(`/events/${event.id}/attendance/people`).then(setPeople).catch((e) => setStatus(describe(e)));
  }, [event.id]);
  const showHistory = (who: AttendeeSummary) => {
    get<{ viewings: HistoryEntry[] }>(`/events/${event.id}/attendance/people/${encodeURIComponent(who.subject)}`)
      .then((h) => setHistory({ who, viewings: h.viewings })).catch((e) => setStatus(describe(e)));
  };
  if (status) return <p class="status error" role="alert">{status}</p>;
  if (!report) return <p aria-live="polite">Loading…</p>;
  const kinds = report.activityKinds;
  const row = (label: string, f: AttendanceFigures) => (
    <>
      <th scope="row">{label}</th>
      <td>{f.uniqueViewers}</td><td>{f.anonymousViewers}</td><td>{f.peakConcurrent}</td><td>{f.averageMinutes}</td>
      {kinds.map((k) => <td key={k}>{f.activity[k] ?? 0}</td>)}
    </>
  );
  return (
    <section aria-labelledby="attendance-title" class="stack">
      <div class="spread">
        <h2 id="attendance-title">Attendance</h2>
        <a href={`/api/v1/events/${event.id}/attendance`} download={`attendance-${event.slug}.csv`}
          onClick={(e) => { e.preventDefault(); downloadCsv(event); }}>Download CSV</a>
      </div>
      <p class="muted">Viewers are signed-in people; guests count as anonymous viewers. Average minutes are per viewer.</p>
      <table>
        <thead><tr>
          <th scope="col">Scope</th><th scope="col">Viewers</th><th scope="col">Anonymous</th><th scope="col">Peak</th>
          <th scope="col">Avg. minutes</th>{kinds.map((k) => <th scope="col" key={k}>{activityLabel(k)}</th>)}
        </tr></thead>
        <tbody>
          <tr>{row('Whole event', report.event)}</tr>
          {report.stages.map((s) => <tr key={'s' + s.id}>{row(s.name, s)}</tr>)}
          {report.sessions.map((s) => <tr key={'x' + s.id}>{row(s.title, s)}</tr>)}
        </tbody>
      </table>
      {report.stages.filter((s) => s.viewersOverTime.length > 0).map((s) => (
        <figure key={s.id}>
          <figcaption>{s.name}: viewers over time ({s.stepSeconds / 60} min steps)</figcaption>
          <Suspense fallback={<p aria-live="polite">Loading the chart…</p>}><ViewersChart stage={s} /></Suspense>
        </figure>
      ))}
      <h3>Who watched</h3>
      {people.length === 0 ? <p class="muted">No signed-in viewers yet.</p> : (
        <table>
          <thead><tr><th scope="col">Person</th><th scope="col">Streams</th><th scope="col">Minutes</th><th scope="col">History</th></tr></thead>
          <tbody>{people.map((p) => (
            <tr key={p.subject}>
              <td>{p.displayName ?? p.subject}</td><td>{p.streams}</td><td>{p.minutes}</td>
              <td><button type="button" onClick={() => showHistory(p)}>What they watched</button></td>
            </tr>
          ))}</tbody>
        </table>
      )}
      {history && (
        <section aria-label={`What ${history.who.displayName ?? history.who.subject} watched`}>
          <h4>{history.who.displayName ?? history.who.subject}</h4>
          <ul>{history.viewings.map((v) => (
            <li key={v.id}>{v.stageName} on {v.device} ({v.protocol}): {new Date(v.startedAt).toLocaleString()} –{' '}
              {v.endedAt ? new Date(v.endedAt).toLocaleTimeString() : 'now'}</li>
          ))}</ul>
        </section>
      )}
    </section>
  );
}

async function downloadCsv(event: MarqueeEvent) {
  const response = await fetch(`/api/v1/events/${event.id}/attendance`, { headers: { Accept: 'text/csv' }, credentials: 'same-origin' });
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `attendance-${event.slug}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}
