// A stage's schedule: every session with its time, the one on now marked.
import type { Session } from '../lib/types';
import { SessionTime } from './SessionTime';

export function SessionList({ sessions, zone, currentId }: { sessions: Session[]; zone: string; currentId?: number }) {
  if (sessions.length === 0) return <p class="muted">No sessions scheduled yet.</p>;
  return (
    <ol class="list">
      {sessions.map((s) => (
        <li key={s.id} class={'session' + (s.id === currentId ? ' current' : '')}
          aria-current={s.id === currentId ? 'time' : undefined}>
          <SessionTime session={s} zone={zone} withDay />
          {s.id === currentId && <> <span class="badge live">Now</span></>}
          <div><strong>{s.title}</strong></div>
          {s.speakers && s.speakers.length > 0 && <div class="muted">{s.speakers.join(', ')}</div>}
        </li>
      ))}
    </ol>
  );
}
