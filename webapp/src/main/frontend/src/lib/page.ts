// Mounting a page and reading its place from the URL.
import { render, type ComponentChild } from 'preact';

/** Renders the page's root component into #app. */
export function mount(root: ComponentChild): void {
  const app = document.getElementById('app');
  if (app) render(root, app);
}

/** The decoded path segments after a prefix: /e/hackconf/main with "e" → ["hackconf", "main"]. */
export function segmentsAfter(prefix: string, path = location.pathname): string[] {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return parts[0] === prefix ? parts.slice(1) : [];
}

/** Sends the visitor to sign in and back to this page afterwards. */
export function toSignIn(): void {
  location.assign('/login?next=' + encodeURIComponent(location.pathname + location.search));
}

/** Whether the address asks for a transparent background (?transparent=1 or =true; for OBS browser sources). */
export function transparentOf(search: string): boolean {
  const value = new URLSearchParams(search).get('transparent');
  return value === '1' || value === 'true';
}
