// "/admin": the organizer console. Organizers only; everyone else gets the sign-in form.
import '../styles.css';
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../lib/api';
import { mount } from '../lib/page';
import type { CallerSession } from '../lib/types';
import { EventPage } from './EventPage';
import { EventsPage } from './EventsPage';
import { MailPage } from './MailPage';
import { PluginsPage } from './PluginsPage';
import { SignIn } from './SignIn';
import { useHashRoute } from './useHashRoute';

function Console() {
  const [session, setSession] = useState<CallerSession | null | undefined>(undefined);
  const route = useHashRoute();
  const load = () => get<CallerSession>('/auth/session').then(setSession).catch(() => setSession(null));
  useEffect(() => { load(); }, []);
  if (session === undefined) return <main id="content"><p aria-live="polite">Loading…</p></main>;
  const organizer = session?.signedIn && session.roles.includes('ORGANIZER');
  if (!organizer) {
    return <SignIn onSignedIn={load}
      note={session?.signedIn ? 'You are signed in, but not as an organizer. Sign in with an organizer account.' : undefined} />;
  }
  const signOut = async () => {
    await post('/auth/logout').catch(() => undefined);
    load();
  };
  const [section, id, tab] = route;
  return (
    <>
      <header class="site">
        <a class="skip" href="#content">Skip to content</a>
        <a class="brand" href="#/events">Marquee admin</a>
        <nav aria-label="Console">
          <a href="#/events" aria-current={section !== 'plugins' && section !== 'mail' ? 'page' : undefined}>Events</a>
          <a href="#/plugins" aria-current={section === 'plugins' ? 'page' : undefined}>Plugins</a>
          <a href="#/mail" aria-current={section === 'mail' ? 'page' : undefined}>Mail</a>
          <a href="/">Attendee site</a>
          <span class="muted">{session.email}</span>
          <button class="secondary small" onClick={signOut}>Sign out</button>
        </nav>
      </header>
      <main id="content">
        {section === 'plugins' ? <PluginsPage />
          : section === 'mail' ? <MailPage />
          : section === 'events' && id && id !== 'new' ? <EventPage id={Number(id)} tab={tab ?? 'details'} />
            : <EventsPage creating={id === 'new'} />}
      </main>
    </>
  );
}

mount(<Console />);
