// The bar on top of every attendee page: the product, where you are, and who you are signed in as.
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../lib/api';
import type { CallerSession, MarqueeEvent } from '../lib/types';
import { EventLogo } from './EventBanner';

/** `event`: the event the page shows; its logo (if branded) stands beside Marquee's name. */
export function SiteHeader({ session, event, signInLink = true }:
  { session?: CallerSession | null; event?: MarqueeEvent; signInLink?: boolean }) {
  const [who, setWho] = useState<CallerSession | null>(session ?? null);
  useEffect(() => {
    if (session === undefined) get<CallerSession>('/auth/session').then(setWho).catch(() => setWho(null));
    else setWho(session);
  }, [session]);
  const signOut = async () => {
    await post('/auth/logout').catch(() => undefined);
    location.reload();
  };
  return (
    <header class="site">
      <a class="skip" href="#content">Skip to content</a>
      <div class="row">
        <a class="brand" href="/">Marquee</a>
        {event && <EventLogo title={event.title} branding={event.branding} href={'/e/' + encodeURIComponent(event.slug)} />}
      </div>
      <nav aria-label="Account">
        {who?.signedIn ? (
          <>
            <span class="muted">Signed in as {who.displayName ?? who.email}</span>
            {who.roles.includes('ORGANIZER') ? <a href="/admin">Admin console</a> : <a href="/me">My events</a>}
            <button class="secondary small" onClick={signOut}>Sign out</button>
          </>
        ) : signInLink && (
          <a href={'/login?next=' + encodeURIComponent(location.pathname)}>Sign in with an access code</a>
        )}
      </nav>
    </header>
  );
}
