// The display name a guest of a PUBLIC event chose, kept in this browser only.

const KEY = 'marquee.guestName';

export function guestName(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberGuestName(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // private mode: the name lasts for this page only
  }
}

/** A display name as Marquee accepts it: trimmed, 1 to 40 characters, no control characters. */
export function cleanName(raw: string): string | null {
  // eslint-disable-next-line no-control-regex
  const name = raw.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 40);
  return name.length > 0 ? name : null;
}
