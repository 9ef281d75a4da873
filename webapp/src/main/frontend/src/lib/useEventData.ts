// Loads an event page's data by the event's slug: who is asking, the event, its stages and schedule.
// Sends visitors of TICKETED and PRIVATE events to sign in first; refreshes live flags while open.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, describe, get } from './api';
import { toSignIn } from './page';
import type { CallerSession, MarqueeEvent, Schedule, Stage } from './types';

export interface EventData {
  session: CallerSession;
  event: MarqueeEvent;
  stages: Stage[];
  schedule: Schedule;
}

export type Loaded = { state: 'loading' } | { state: 'error'; message: string } | ({ state: 'ready' } & EventData);

const REFRESH_MS = 20_000;

export function useEventData(slug: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const load = async (first: boolean) => {
      try {
        const session = await get<CallerSession>('/auth/session');
        const event = await get<MarqueeEvent>('/events/by-slug/' + encodeURIComponent(slug));
        if (event.access !== 'PUBLIC' && !session.signedIn) {
          toSignIn();
          return;
        }
        const [stages, schedule] = await Promise.all([
          get<Stage[]>(`/events/${event.id}/stages`),
          get<Schedule>(`/events/${event.id}/schedule`),
        ]);
        if (!stopped) setLoaded({ state: 'ready', session, event, stages, schedule });
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) {
          toSignIn();
          return;
        }
        if (first && !stopped) setLoaded({ state: 'error', message: messageFor(e) });
      }
      if (!stopped) timer = window.setTimeout(() => load(false), REFRESH_MS);
    };
    load(true);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [slug]);
  return loaded;
}

function messageFor(e: unknown): string {
  if (e instanceof ApiError && e.status === 404) return 'There is no such event here, or it is not open to you.';
  if (e instanceof ApiError && e.status === 403) return e.detail;
  return 'The event could not be loaded: ' + describe(e);
}
