// The event page's "Past sessions": sessions whose replay can be watched, each linking to it. Shows
// nothing while there are none, or where the server has no replays at all.
import { useEffect, useState } from 'preact/hooks';
import { describe, get } from '../lib/api';
import { noSuchEndpoint, replayHref, replayLength, type ReplaySummary } from '../lib/replay';
import type { MarqueeEvent } from '../lib/types';
import { SessionTime } from './SessionTime';

export function PastSessions({ event }: { event: MarqueeEvent }) {
  const [replays, setReplays] = useState<ReplaySummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<ReplaySummary[]>(`/events/${event.id}/replays`)
      .then((list) => setReplays(Array.isArray(list) ? list : []))
      .catch((e) => {
        if (!noSuchEndpoint(e)) setError('Past sessions could not be loaded: ' + describe(e));
      });
  }, [event.id]);
  if (error) return <p class="muted">{error}</p>;
  if (replays.length === 0) return null;
  return (
    <section aria-labelledby="past-sessions">
      <h2 id="past-sessions">Past sessions</h2>
      <ol class="list card">
        {replays.map((r) => (
          <li key={r.sessionId} class="session">
            <SessionTime session={r} zone={event.timezone} withDay />{' '}
            <span class="muted">· {r.stageName} · {replayLength(r.durationSeconds)}</span>
            {!r.published && <> <span class="badge">Not published</span></>}
            <div><strong id={'replay-' + r.sessionId}>{r.title}</strong></div>
            <a href={replayHref(event.slug, r)} aria-describedby={'replay-' + r.sessionId}>Watch replay</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
