// An event's recordings in the console: per rtmp stage what was recorded (publish, preview, delete), and
// per past session on a recorded stage its replay (trim, preview, publish). While a stream is being
// recorded the tab reloads every few seconds, so durations and sizes grow and the status turns complete.
import { useEffect, useRef, useState } from 'preact/hooks';
import { describe, get } from '../lib/api';
import type { MarqueeEvent, Recording, Replay, ReplaySummary, Stage } from '../lib/types';
import { SessionTime } from '../components/SessionTime';
import { anyRecording, hms, recordedStages, REFRESH_MS } from './recordings';
import { RecordingsTable } from './RecordingsTable';
import { ReplayEditor } from './ReplayEditor';

const RECORDED_WHEN = "Streams to rtmp stages are recorded unless the stage's Record setting is off.";

export function RecordingsPanel({ event }: { event: MarqueeEvent }) {
  const [stages, setStages] = useState<Stage[] | null>(null);
  const [recordings, setRecordings] = useState<Record<number, Recording[]>>({});
  const [replays, setReplays] = useState<ReplaySummary[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // reloads overlap (the timer, a change): only the latest one's answer is shown
  const latest = useRef(0);
  const load = async () => {
    const mine = ++latest.current;
    try {
      const rtmp = recordedStages(await get<Stage[]>(`/events/${event.id}/stages`));
      const [lists, past] = await Promise.all([
        Promise.all(rtmp.map((s) => get<Recording[]>(`/stages/${s.id}/recordings`))),
        get<ReplaySummary[]>(`/events/${event.id}/replays`),
      ]);
      if (mine !== latest.current) return;
      setStages(rtmp);
      setRecordings(Object.fromEntries(rtmp.map((s, i) => [s.id, lists[i]])));
      setReplays(past);
      setLoadError(null);
    } catch (e) {
      if (mine === latest.current) setLoadError(describe(e));
    }
  };
  const changed = (failure?: string) => {
    setActionError(failure ?? null);
    load();
  };
  useEffect(() => { load(); }, [event.id]);
  const live = anyRecording(recordings);
  useEffect(() => {
    if (!live) return undefined;
    const timer = window.setInterval(() => load(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [live, event.id]);

  const saved = (replay: Replay) => setReplays((list) => list.map((r) => r.sessionId === replay.sessionId
    ? { ...r, published: replay.published, durationSeconds: replay.durationSeconds } : r));
  const nothing = stages !== null && stages.every((s) => (recordings[s.id] ?? []).length === 0);
  return (
    <section aria-labelledby="recordings-title">
      <h2 id="recordings-title">Recordings</h2>
      <p class="muted">Times are in the event's timezone, {event.timezone}. How long recordings are kept is set under
        Details.</p>
      {loadError && <p class="status error" role="alert">{loadError}</p>}
      {actionError && <p class="status error" role="alert">{actionError}</p>}
      {stages === null && !loadError && <p aria-live="polite">Loading…</p>}
      {stages !== null && stages.length === 0 && (
        <p>This event has no rtmp stage, so nothing is recorded. {RECORDED_WHEN}</p>
      )}
      {stages !== null && stages.length > 0 && nothing && <p>Nothing has been recorded yet. {RECORDED_WHEN}</p>}
      {stages !== null && !nothing && stages.map((stage) => (
        <section key={stage.id} class="card recorded-stage" aria-labelledby={`rec-${stage.id}`}>
          <h3 id={`rec-${stage.id}`}>{stage.name}</h3>
          <RecordingsTable stage={stage} recordings={recordings[stage.id] ?? []} zone={event.timezone}
            onChanged={changed} />
        </section>
      ))}
      {stages !== null && !nothing && (
        <section aria-labelledby="replays-title">
          <h2 id="replays-title">Replays of past sessions</h2>
          <p class="muted">A session gets a replay once its scheduled end has passed on a stage whose recordings cover it.
            Trim it to where the talk really starts and ends, check it in the preview, and publish it: attendees see
            published replays only.</p>
          {replays.length === 0 ? <p>No recorded session has ended yet.</p> : (
            <ol class="list replays">
              {replays.map((r) => <ReplayItem key={r.sessionId} summary={r} zone={event.timezone} onSaved={saved} />)}
            </ol>
          )}
        </section>
      )}
    </section>
  );
}

function ReplayItem({ summary, zone, onSaved }: { summary: ReplaySummary; zone: string; onSaved: (r: Replay) => void }) {
  const [open, setOpen] = useState(false);
  const editor = `replay-${summary.sessionId}-editor`;
  return (
    <li class="card">
      <div class="spread">
        <h3 id={`replay-${summary.sessionId}-title`}>{summary.title}</h3>
        <span class="badge">{summary.published ? 'Published' : 'Not published'}</span>
      </div>
      <p class="muted">{summary.stageName} · <SessionTime session={summary} zone={zone} withDay /> · replay{' '}
        <span class="time">{hms(summary.durationSeconds)}</span></p>
      <button class="secondary small" aria-expanded={open} aria-controls={open ? editor : undefined}
        aria-label={`${open ? 'Close' : 'Trim and publish'} the replay of ${summary.title}`}
        onClick={() => setOpen(!open)}>{open ? 'Close' : 'Trim and publish'}</button>
      {open && <div id={editor}><ReplayEditor summary={summary} zone={zone} onSaved={onSaved} /></div>}
    </li>
  );
}
