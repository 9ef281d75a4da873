// An event's schedule in the console: every stage's sessions, with add, edit, move and delete, and
// importing a schedule from pretalx or frab.
import { useEffect, useState } from 'preact/hooks';
import { del, describe, get } from '../lib/api';
import type { MarqueeEvent, Session, Stage } from '../lib/types';
import { SessionTime } from '../components/SessionTime';
import { ConfirmDialog } from './ConfirmDialog';
import { SessionForm } from './SessionForm';
import { ScheduleImport } from './ScheduleImport';

type Editing = { stage: Stage; session?: Session } | null;

export function SchedulePanel({ event }: { event: MarqueeEvent }) {
  const [stages, setStages] = useState<Stage[]>([]);
  const [sessions, setSessions] = useState<Record<number, Session[]>>({});
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Session | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    try {
      const list = (await get<Stage[]>(`/events/${event.id}/stages`)).sort((a, b) => a.order - b.order);
      const all = await Promise.all(list.map((s) => get<Session[]>(`/stages/${s.id}/sessions`)));
      setStages(list);
      setSessions(Object.fromEntries(list.map((s, i) => [s.id, all[i]])));
    } catch (e) {
      setError(describe(e));
    }
  };
  useEffect(() => { load(); }, [event.id]);
  const remove = async (session: Session) => {
    setRemoving(null);
    await del(`/sessions/${session.id}`).catch((e) => setError(describe(e)));
    load();
  };
  if (editing) {
    return <SessionForm event={event} stages={stages} stage={editing.stage} session={editing.session}
      siblings={sessions} onDone={() => { setEditing(null); load(); }} />;
  }
  return (
    <section aria-labelledby="schedule-title">
      <h2 id="schedule-title">Schedule</h2>
      <p class="muted">Times are in the event's timezone, {event.timezone}.</p>
      {error && <p class="status error" role="alert">{error}</p>}
      {stages.length === 0 && <p>Add stages first; each stage has its own schedule.</p>}
      {stages.length > 0 && <ScheduleImport event={event} stages={stages} onApplied={load} />}
      {stages.map((stage) => (
        <section key={stage.id} class="card" aria-labelledby={`sched-${stage.id}`}>
          <div class="spread">
            <h3 id={`sched-${stage.id}`}>{stage.name}</h3>
            <button class="small" onClick={() => setEditing({ stage })}>Add a session to {stage.name}</button>
          </div>
          {(sessions[stage.id] ?? []).length === 0 ? <p class="muted">No sessions yet.</p> : (
            <ol class="list">
              {(sessions[stage.id] ?? []).map((s) => (
                <li key={s.id} class="spread">
                  <span><SessionTime session={s} zone={event.timezone} withDay /> <strong>{s.title}</strong>
                    {s.speakers && s.speakers.length > 0 && <span class="muted"> · {s.speakers.join(', ')}</span>}</span>
                  <span class="row">
                    <button class="secondary small" onClick={() => setEditing({ stage, session: s })}
                      aria-label={`Edit ${s.title}`}>Edit</button>
                    <button class="danger small" onClick={() => setRemoving(s)} aria-label={`Delete ${s.title}`}>Delete</button>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
      {removing && <ConfirmDialog title={`Delete “${removing.title}”?`} confirmLabel="Delete session"
        message="The session disappears from the schedule." onConfirm={() => remove(removing)}
        onCancel={() => setRemoving(null)} />}
    </section>
  );
}
