// Where the sign-in page leads and what it says: the address to go to afterwards, the event it names.

/**
 * Where to go after signing in: an address on this site only, as the browser itself resolves it (it
 * drops tabs and newlines and reads a backslash as a slash, so "/\evil.example" is another site). The
 * answer is absolute: a bare path such as "//evil.example" (what "/.//evil.example" resolves to) would
 * be read as another site again.
 */
export function sameOriginAddress(next: string | null, origin = location.origin): string {
  const home = origin + '/';
  if (!next) return home;
  try {
    const url = new URL(next, origin);
    return url.origin === origin ? url.href : home;
  } catch {
    return home;
  }
}

/**
 * Where the console goes after an organizer signs in: the same-site address its `next` parameter
 * names (a plugin's organizer page sends people there to sign in), or null to stay on the console.
 */
export function consoleNext(search: string, origin = location.origin): string | null {
  const next = new URLSearchParams(search).get('next');
  if (!next) return null;
  const address = sameOriginAddress(next, origin);
  return address === origin + '/' ? null : address;
}

/** The event slug of an address on this site that is an event's or stage's page (/e/{slug}[/...]), else null. */
export function eventSlugOf(address: string): string | null {
  try {
    const parts = new URL(address).pathname.split('/').filter(Boolean);
    return parts[0] === 'e' && parts[1] ? decodeURIComponent(parts[1]) : null;
  } catch {
    return null;
  }
}

/** The access code the emailed link carries in its fragment (#code=...), if any. */
export function codeFromFragment(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('code');
}

const ENDED: Record<string, string> = {
  device_limit: 'You were signed out here because your code was used on another device.',
  ticket_cancelled: 'You were signed out because your ticket was cancelled.',
  signed_out_everywhere: 'You were signed out here because you chose “Sign out everywhere” on another device.',
};

/** Why this browser's last session ended, in words, or null for none or an unknown reason. */
export function endedMessage(reason: string | null | undefined): string | null {
  return reason ? ENDED[reason] ?? null : null;
}
