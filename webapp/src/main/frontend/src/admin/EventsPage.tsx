// The console's start: every event, and a form for a new one.
import { useEffect, useState } from 'preact/hooks';
import { describe, get } from '../lib/api';
import type { MarqueeEvent } from '../lib/types';
import { EventForm } from './EventForm';
import { go } from './useHashRoute';

export function EventsPage({ creating }: { creating: boolean }) {
  const [events, setEvents] = useState<MarqueeEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<MarqueeEvent[]>('/events').then(setEvents).catch((e) => setError(describe(e)));
  }, []);
  if (creating) {
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
        <a class="button" href="#/events/new">New event</a>
      </div>
      {error && <p class="status error" role="alert">{error}</p>}
      {events && events.length === 0 && <p>No events yet.</p>}
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
