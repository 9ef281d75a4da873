// "/login?next=...": sign in with the access code from the ticket mail, or have a new one sent.
// The emailed link carries the code in the fragment: it never reaches a server log or a Referer header.
import '../styles.css';
import { useEffect, useState } from 'preact/hooks';
import { describe, get, post } from '../lib/api';
import { mount } from '../lib/page';
import { codeFromFragment, endedMessage, eventSlugOf, sameOriginAddress } from '../lib/signIn';
import type { CallerSession, MarqueeEvent } from '../lib/types';
import { ResendCodeForm } from '../components/ResendCodeForm';
import { SiteHeader } from '../components/SiteHeader';
import { useBranding } from '../lib/useBranding';

function SignInPage({ next, typed }: { next: string; typed: string }) {
  const slug = eventSlugOf(next);
  const [event, setEvent] = useState<MarqueeEvent | null>(null);
  const [session, setSession] = useState<CallerSession | null>(null);
  useEffect(() => {
    get<CallerSession>('/auth/session').then(setSession).catch(() => setSession(null));
    if (slug) get<MarqueeEvent>('/events/by-slug/' + encodeURIComponent(slug)).then(setEvent).catch(() => setEvent(null));
  }, [slug]);
  useEffect(() => {
    document.title = event ? `Sign in to ${event.title} · Marquee` : 'Sign in · Marquee';
  }, [event]);
  useBranding(event);
  const ended = endedMessage(session?.endedReason);
  return (
    <>
      <SiteHeader session={session} event={event ?? undefined} signInLink={false} />
      <main id="content" class="narrow">
        <h1>{event ? <>Sign in to {event.title}</> : 'Sign in with your access code'}</h1>
        {ended && <p class="status warn" role="status">{ended}</p>}
        {session?.signedIn && <SignedInNote session={session} event={event} next={next} />}
        <CodeForm next={next} typed={typed} />
        <section class="card" aria-labelledby="lost-code">
          <h2 id="lost-code">Lost your code? Send it again</h2>
          <ResendCodeForm eventSlug={slug} />
        </section>
      </main>
    </>
  );
}

function SignedInNote({ session, event, next }: { session: CallerSession; event: MarqueeEvent | null; next: string }) {
  const who = session.displayName ?? session.email;
  const here = session.roles.includes('ORGANIZER') || (event !== null && session.eventId === event.id);
  return here ? (
    <p class="status ok" role="status">You are already signed in as {who}. <a href={next}>Go on</a>.</p>
  ) : (
    <p class="status" role="status">You are signed in as {who} for another event. Signing in here with this event's code replaces that sign-in in this browser.</p>
  );
}

function CodeForm({ next, typed }: { next: string; typed: string }) {
  const [code, setCode] = useState(typed);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    // The emailed link opened again in this very tab changes only the fragment: no new page load.
    const onLink = () => {
      const linked = takeCodeFromFragment();
      if (linked) setCode(linked);
    };
    addEventListener('hashchange', onLink);
    return () => removeEventListener('hashchange', onLink);
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await post('/auth/access-code', { code });
      location.assign(next);
    } catch (failure) {
      setError(describe(failure));
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="with-code">
      <h2 id="with-code">Your access code</h2>
      <form class="stack" onSubmit={submit}>
        <div class="field">
          <label for="code">Access code from your ticket email</label>
          <input id="code" name="code" value={code} onInput={(e) => setCode(e.currentTarget.value)}
            autocomplete="one-time-code" autocapitalize="characters" spellcheck={false} required maxLength={64}
            class="code" aria-describedby={error ? 'code-help code-error' : 'code-help'} aria-invalid={error ? true : undefined} />
          <span id="code-help" class="help">
            15 letters and digits in three groups, like ABCDE-FGHIJ-KLMNO. Upper or lower case, with or without dashes.
          </span>
          {error && <span id="code-error" class="field-error" role="alert">{error}</span>}
        </div>
        <div><button type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button></div>
      </form>
    </section>
  );
}

/** The code of the emailed link, taken out of the address bar so it stays out of history and bookmarks. */
function takeCodeFromFragment(): string | null {
  const code = codeFromFragment(location.hash);
  if (code) history.replaceState(null, '', location.pathname + location.search);
  return code;
}

const next = sameOriginAddress(new URLSearchParams(location.search).get('next'));
mount(<SignInPage next={next} typed={takeCodeFromFragment() ?? ''} />);
