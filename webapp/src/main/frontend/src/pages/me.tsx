// "/me": the events a signed-in attendee holds tickets for, and signing out on every device.
import '../styles.css';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, describe, get, post } from '../lib/api';
import { mount, toSignIn } from '../lib/page';
import type { CallerSession, MyEvent } from '../lib/types';
import { SiteHeader } from '../components/SiteHeader';

function MyEventsPage() {
  const [session, setSession] = useState<CallerSession | null>(null);
  const [events, setEvents] = useState<MyEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState<number | null>(null);
  useEffect(() => {
    get<CallerSession>('/auth/session').then((s) => {
      if (!s.signedIn) {
        toSignIn();
        return;
      }
      setSession(s);
      return get<MyEvent[]>('/me/events').then(setEvents);
    }).catch((e) => (e instanceof ApiError && e.status === 401 ? toSignIn() : setError(describe(e))));
  }, []);
  if (signedOut !== null) {
    return (
      <>
        <SiteHeader session={null} />
        <main id="content" class="narrow">
          <h1>Signed out everywhere</h1>
          <p class="status ok" role="status">
            You are signed out on every device ({signedOut} {signedOut === 1 ? 'sign-in' : 'sign-ins'} ended).
          </p>
          <p><a href="/login?next=%2Fme">Sign in again</a> with your access code.</p>
        </main>
      </>
    );
  }
  return (
    <>
      <SiteHeader session={session} />
      <main id="content" class="narrow">
        <h1>My events</h1>
        {error && <p class="status error" role="alert">{error}</p>}
        {!events && !error && <p aria-live="polite">Loading…</p>}
        {events && session && <EventList events={events} session={session} />}
        {session && <SignOutEverywhere onDone={setSignedOut} />}
      </main>
    </>
  );
}

function EventList({ events, session }: { events: MyEvent[]; session: CallerSession }) {
  if (session.roles.includes('ORGANIZER')) {
    return <p>You are signed in as an organizer: your events are in the <a href="/admin">admin console</a>.</p>;
  }
  if (events.length === 0) return <p>No tickets under {session.email} admit anyone at the moment.</p>;
  return (
    <>
      <p class="muted">Events your email address {session.email} holds tickets for.</p>
      <ul class="list" aria-label="My events">
        {events.map((e) => {
          const page = '/e/' + encodeURIComponent(e.slug);
          return (
            <li key={e.id} class="card">
              <h2><a href={e.signedInHere ? page : '/login?next=' + encodeURIComponent(page)}>{e.title}</a></h2>
              {e.description && <p class="muted">{e.description}</p>}
              {e.signedInHere
                ? <span class="badge">Signed in here</span>
                : <a href={'/login?next=' + encodeURIComponent(page)}>Sign in with this event's code</a>}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function SignOutEverywhere({ onDone }: { onDone: (ended: number) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      const answer = await post<{ sessionsEnded: number }>('/auth/logout-everywhere');
      onDone(answer.sessionsEnded);
    } catch (e) {
      setError(describe(e));
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="devices">
      <h2 id="devices">Your devices</h2>
      <p>
        Lost a phone, or signed in on a computer that is not yours? This ends your sign-in on every device and browser,
        this one included. You sign in again with your access code.
      </p>
      <button type="button" class="danger" onClick={signOut} disabled={busy}>{busy ? 'Signing out…' : 'Sign out everywhere'}</button>
      {error && <p class="status error" role="alert">{error}</p>}
    </section>
  );
}

mount(<MyEventsPage />);
