// The bar on top of every attendee page: the product, where you are, and who you are signed in as.
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../lib/api';
import type { CallerSession } from '../lib/types';

export function SiteHeader({ session, signInLink = true }: { session?: CallerSession | null; signInLink?: boolean }) {
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
      <a class="brand" href="/">Marquee</a>
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
