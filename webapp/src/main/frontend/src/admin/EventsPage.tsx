// The console's start: every event (for a team member, the events they have a role for), and for
// platform organizers a form for a new one.
import { useEffect, useState } from 'preact/hooks';
import { describe, get } from '../lib/api';
import type { CallerSession, MarqueeEvent } from '../lib/types';
import { EventForm } from './EventForm';
import { platformOrganizer, teamEvents } from './team';
import { go } from './useHashRoute';

export function EventsPage({ creating, session }: { creating: boolean; session: CallerSession }) {
  const [events, setEvents] = useState<MarqueeEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const mine = teamEvents(session);
    get<MarqueeEvent[]>('/events').then((all) => setEvents(mine ? all.filter((e) => mine.has(e.id)) : all))
      .catch((e) => setError(describe(e)));
  }, [session]);
  const creates = platformOrganizer(session);
  if (creating && creates) {
    return (
      <section aria-labelledby="new-event">
        <h1 id="new-event">New event</h1>
        <EventForm onSaved={(e) => go(`events/${e.id}/stages`)} />
      </section>
    );
  }
  return (
    <section aria-labelledby="events-title">
      <div class="spread">
        <h1 id="events-title">Events</h1>
        {creates && <a class="button" href="#/events/new">New event</a>}
      </div>
      {error && <p class="status error" role="alert">{error}</p>}
      {events && events.length === 0 && <p>{creates ? 'No events yet.' : 'No event has you on its team (any more).'}</p>}
      {events && events.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead><tr><th>Event</th><th>Address</th><th>Access</th><th>Timezone</th></tr></thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td><a href={`#/events/${e.id}`}>{e.title}</a></td>
                  <td><a href={`/e/${e.slug}`}>/e/{e.slug}</a></td>
                  <td>{e.access.toLowerCase()}</td>
                  <td>{e.timezone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
