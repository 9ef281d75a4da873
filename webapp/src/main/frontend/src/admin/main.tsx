// "/admin": the organizer console. Platform organizers get all of it; an event's team (co-organizers,
// hosts, moderators) gets the events and stages they have a role for; everyone else the sign-in form.
// The API decides every request; this only chooses what to show.
import '../styles.css';
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../lib/api';
import { mount } from '../lib/page';
import { consoleNext } from '../lib/signIn';
import type { CallerSession } from '../lib/types';
import { EventPage } from './EventPage';
import { EventsPage } from './EventsPage';
import { InvitePage } from './InvitePage';
import { MailPage } from './MailPage';
import { PluginsPage } from './PluginsPage';
import { SignIn } from './SignIn';
import { mayUseConsole, platformOrganizer } from './team';
import { useHashRoute } from './useHashRoute';
import { WebhooksPanel } from './WebhooksPanel';

function Console() {
  const [session, setSession] = useState<CallerSession | null | undefined>(undefined);
  const route = useHashRoute();
  const load = () => get<CallerSession>('/auth/session').then(setSession).catch(() => setSession(null));
  useEffect(() => { load(); }, []);
  if (session === undefined) return <main id="content"><p aria-live="polite">Loading…</p></main>;
  const [section, id, tab, sub] = route;
  if (section === 'invite' && id) return <InvitePage token={id} onAccepted={load} />;
  if (!session || !mayUseConsole(session)) {
    const next = consoleNext(location.search);
    return <SignIn onSignedIn={next ? () => location.assign(next) : load}
      note={session?.signedIn ? 'You are signed in, but have no role on any event. Sign in with an organizer or team account.'
        : session?.endedReason === 'roles_changed' ? 'An organizer changed your roles, which signed you out: sign in again.'
          : undefined} />;
  }
  const organizer = platformOrganizer(session);
  const signOut = async () => {
    await post('/auth/logout').catch(() => undefined);
    load();
  };
  return (
    <>
      <header class="site">
        <a class="skip" href="#content">Skip to content</a>
        <a class="brand" href="#/events">Marquee admin</a>
        <nav aria-label="Console">
          <a href="#/events" aria-current={section !== 'plugins' && section !== 'mail' && section !== 'webhooks' ? 'page' : undefined}>Events</a>
          {organizer && <a href="#/plugins" aria-current={section === 'plugins' ? 'page' : undefined}>Plugins</a>}
          {organizer && <a href="#/mail" aria-current={section === 'mail' ? 'page' : undefined}>Mail</a>}
          {organizer && <a href="#/webhooks" aria-current={section === 'webhooks' ? 'page' : undefined}>Webhooks</a>}
          <a href="/">Attendee site</a>
          <span class="muted">{session.email}</span>
          <button class="secondary small" onClick={signOut}>Sign out</button>
        </nav>
      </header>
      <main id="content">
        {section === 'plugins' && organizer ? <PluginsPage />
          : section === 'mail' && organizer ? <MailPage />
          : section === 'webhooks' && organizer ? <WebhooksPanel />
          : section === 'events' && id && id !== 'new' ? <EventPage id={Number(id)} tab={tab ?? 'details'} sub={sub}
            session={session} />
            : <EventsPage creating={id === 'new'} session={session} />}
      </main>
    </>
  );
}

mount(<Console />);
