// "/": the events on this server.
import '../styles.css';
import { useEffect, useState } from 'preact/hooks';
import { describe, get } from '../lib/api';
import { mount } from '../lib/page';
import type { MarqueeEvent } from '../lib/types';
import { SiteHeader } from '../components/SiteHeader';
import { EventLogo } from '../components/EventBanner';
import { brandingVars } from '../lib/branding';

const ACCESS_LABEL = { PUBLIC: 'Open to everyone', TICKETED: 'Ticket holders', PRIVATE: 'Invited guests' };

function Lobby() {
  const [events, setEvents] = useState<MarqueeEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<MarqueeEvent[]>('/events').then(setEvents).catch((e) => setError(describe(e)));
  }, []);
  return (
    <>
      <SiteHeader />
      <main id="content">
        <h1>Events</h1>
        {error && <p class="status error" role="alert">The events could not be loaded: {error}</p>}
        {!events && !error && <p aria-live="polite">Loading…</p>}
        {events && events.length === 0 && <p>No events yet. Organizers create them in the <a href="/admin">admin console</a>.</p>}
        {events && events.length > 0 && (
          <ul class="grid list" aria-label="Events">
            {events.map((e) => (
              <li key={e.id} class={e.branding ? 'card branded' : 'card'} style={brandingVars(e.branding)}>
                <EventLogo title={e.title} branding={e.branding} />
                <h2><a href={'/e/' + encodeURIComponent(e.slug)}>{e.title}</a></h2>
                {e.description && <p>{e.description}</p>}
                <span class="badge">{ACCESS_LABEL[e.access]}</span>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}

mount(<Lobby />);
