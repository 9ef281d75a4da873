// "/e/{eventSlug}": the event's stages with live badges, what is on now and next, the replays of past
// sessions, and the schedule.
import '../styles.css';
import { useEffect } from 'preact/hooks';
import { mount, segmentsAfter } from '../lib/page';
import { momentOf } from '../lib/schedule';
import { viewerZone } from '../lib/time';
import { useMinuteClock } from '../lib/useMinuteClock';
import { useEventData, type EventData } from '../lib/useEventData';
import { LiveBadge } from '../components/LiveBadge';
import { SessionList } from '../components/SessionList';
import { SessionTime } from '../components/SessionTime';
import { SiteHeader } from '../components/SiteHeader';
import { EventBanner } from '../components/EventBanner';
import { PastSessions } from '../components/PastSessions';
import { useBranding } from '../lib/useBranding';

function EventPage({ slug }: { slug: string }) {
  const loaded = useEventData(slug);
  if (loaded.state === 'loading') return <><SiteHeader /><main id="content"><p aria-live="polite">Loading…</p></main></>;
  if (loaded.state === 'error') {
    return <><SiteHeader /><main id="content"><p class="status error" role="alert">{loaded.message}</p></main></>;
  }
  return <><SiteHeader session={loaded.session} event={loaded.event} /><EventBody {...loaded} /></>;
}

function EventBody({ event, stages, schedule }: EventData) {
  const now = useMinuteClock();
  const zone = event.timezone;
  useEffect(() => { document.title = `${event.title} · Marquee`; }, [event.title]);
  useBranding(event);
  return (
    <main id="content">
      <EventBanner title={event.title} branding={event.branding}>
        {event.description && <p>{event.description}</p>}
      </EventBanner>
      <p class="muted">Times are in the event's timezone, {zone}{zone !== viewerZone() && ', with yours beside them'}.</p>
      <h2>Stages</h2>
      {stages.length === 0 && <p class="muted">No stages yet.</p>}
      <ul class="grid list" aria-label="Stages">
        {stages.map((stage) => {
          const sessions = schedule.stages.find((s) => s.stageId === stage.id)?.sessions ?? [];
          const moment = momentOf(sessions, now);
          return (
            <li key={stage.id} class="card">
              <div class="spread">
                <h3><a href={`/e/${encodeURIComponent(event.slug)}/${encodeURIComponent(stage.slug)}`}>{stage.name}</a></h3>
                <LiveBadge live={stage.live} />
              </div>
              <p><strong>Now:</strong>{' '}
                {moment.now ? <>{moment.now.title} <SessionTime session={moment.now} zone={zone} /></> : <span class="muted">nothing scheduled</span>}
              </p>
              <p><strong>Next:</strong>{' '}
                {moment.next ? <>{moment.next.title} <SessionTime session={moment.next} zone={zone} /></> : <span class="muted">—</span>}
              </p>
            </li>
          );
        })}
      </ul>
      <PastSessions event={event} />
      <h2>Schedule</h2>
      <div class="grid">
        {schedule.stages.map((s) => (
          <section key={s.stageId} class="card" aria-labelledby={'schedule-' + s.stageId}>
            <h3 id={'schedule-' + s.stageId}>{s.name}</h3>
            <SessionList sessions={s.sessions} zone={zone} currentId={momentOf(s.sessions, now).now?.id} />
          </section>
        ))}
      </div>
    </main>
  );
}

mount(<EventPage slug={segmentsAfter('e')[0] ?? ''} />);
