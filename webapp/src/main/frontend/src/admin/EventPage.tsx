// One event in the console: its details, branding, stages, schedule, interaction (Q&A, polls, reactions),
// recordings, tickets, attendees, attendance, team and webhooks, one tab each, for the event's organizers; hosts and
// moderators see the stages they moderate.
import { useEffect, useState } from 'preact/hooks';
import { del, describe, get } from '../lib/api';
import type { CallerSession, MarqueeEvent } from '../lib/types';
import { AttendancePanel } from './AttendancePanel';
import { AttendeesPanel } from './AttendeesPanel';
import { BrandingPanel } from './BrandingPanel';
import { ConfirmDialog } from './ConfirmDialog';
import { EventForm } from './EventForm';
import { InteractionPanel } from './InteractionPanel';
import { ModerationPanel } from './ModerationPanel';
import { RecordingsPanel } from './RecordingsPanel';
import { SchedulePanel } from './SchedulePanel';
import { StagesPanel } from './StagesPanel';
import { organizes, platformOrganizer } from './team';
import { TeamPanel } from './TeamPanel';
import { TicketsPanel } from './TicketsPanel';
import { go } from './useHashRoute';
import { WebhooksPanel } from './WebhooksPanel';

const TABS = [
  ['details', 'Details'], ['branding', 'Branding'], ['stages', 'Stages'], ['schedule', 'Schedule'],
  ['interaction', 'Interaction'], ['recordings', 'Recordings'], ['tickets', 'Tickets'], ['attendees', 'Attendees'],
  ['attendance', 'Attendance'], ['team', 'Team'], ['webhooks', 'Webhooks'],
] as const;
const MODERATOR_TABS = [['moderation', 'Your stages']] as const;

/** `sub` is what follows the tab in the address: the Interaction tab's stage id. */
export function EventPage({ id, tab, sub, session }: { id: number; tab: string; sub?: string; session: CallerSession }) {
  const [event, setEvent] = useState<MarqueeEvent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    get<MarqueeEvent>(`/events/${id}`).then(setEvent).catch((e) => setError(describe(e)));
  }, [id]);
  if (error) return <p class="status error" role="alert">{error}</p>;
  if (!event) return <p aria-live="polite">Loading…</p>;
  const remove = async () => {
    setConfirming(false);
    try {
      await del(`/events/${event.id}`);
      go('events');
    } catch (e) {
      setError(describe(e));
    }
  };
  const runs = organizes(session, event.id);
  const tabs: ReadonlyArray<readonly [string, string]> = runs ? TABS : MODERATOR_TABS;
  const current = tabs.some(([t]) => t === tab) ? tab : tabs[0][0];
  return (
    <section aria-labelledby="event-title">
      <p><a href="#/events">← Events</a></p>
      <div class="spread">
        <h1 id="event-title">{event.title}</h1>
        <a href={`/e/${event.slug}`}>Open the event page</a>
      </div>
      <nav class="tabs" aria-label="Event sections">
        {tabs.map(([t, label]) => (
          <a key={t} href={`#/events/${event.id}/${t}`} aria-current={t === current ? 'page' : undefined}>{label}</a>
        ))}
      </nav>
      {current === 'details' && (
        <>
          <EventForm event={event} onSaved={setEvent} />
          {platformOrganizer(session) && <>
            <h2>Delete</h2>
            <p class="muted">Deleting removes the event with its stages, schedule, tickets and attendees.</p>
            <button class="danger" onClick={() => setConfirming(true)}>Delete this event…</button>
          </>}
          {confirming && <ConfirmDialog title={`Delete ${event.title}?`} confirmLabel="Delete event"
            message="This cannot be undone. Attendees lose access at once." onConfirm={remove}
            onCancel={() => setConfirming(false)} />}
        </>
      )}
      {current === 'branding' && <BrandingPanel event={event} onSaved={setEvent} />}
      {current === 'stages' && <StagesPanel event={event} />}
      {current === 'schedule' && <SchedulePanel event={event} />}
      {current === 'interaction' && <InteractionPanel event={event} stageId={sub ? Number(sub) : undefined} />}
      {current === 'recordings' && <RecordingsPanel event={event} />}
      {current === 'tickets' && <TicketsPanel event={event} />}
      {current === 'attendees' && <AttendeesPanel event={event} />}
      {current === 'attendance' && <AttendancePanel event={event} />}
      {current === 'team' && <TeamPanel event={event} />}
      {current === 'webhooks' && <WebhooksPanel eventId={event.id} />}
      {current === 'moderation' && <ModerationPanel event={event} session={session} />}
    </section>
  );
}
