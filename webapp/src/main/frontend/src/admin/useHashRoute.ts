// The console's place, kept in the URL's fragment (#/events/12/stages) so reloads and links keep it.
import { useEffect, useState } from 'preact/hooks';

/** The fragment's path segments: "#/events/12/stages" → ["events", "12", "stages"]. */
export function useHashRoute(): string[] {
  const read = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [route, setRoute] = useState(read());
  useEffect(() => {
    const changed = () => setRoute(read());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

export function go(path: string): void {
  location.hash = '#/' + path;
}
