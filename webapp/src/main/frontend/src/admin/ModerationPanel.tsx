// What a host or moderator runs in the console: the chat of the stages they were given (settings and
// moderation log), with a link to each stage's page, where they moderate the conversation live, and each
// stage's Q&A queue and polls.
import { useEffect, useState } from 'preact/hooks';
import { describe, get } from '../lib/api';
import type { CallerSession, MarqueeEvent, Stage } from '../lib/types';
import { ChatAdmin } from './ChatAdmin';
import { InteractionStage } from './InteractionStage';
import { moderates } from './team';

export function ModerationPanel({ event, session }: { event: MarqueeEvent; session: CallerSession }) {
  const [stages, setStages] = useState<Stage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<Stage[]>(`/events/${event.id}/stages`).then(setStages).catch((e) => setError(describe(e)));
  }, [event.id]);
  const mine = (stages ?? []).filter((s) => moderates(session, event.id, s.id));
  return (
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">Your stages</h2>
      <p class="muted">You moderate the chat of these stages: open a stage to delete messages, time people out or pin
        a message as it happens; its chat settings and moderation log are below, with its Q&amp;A queue and polls.</p>
      {error && <p class="status error" role="alert">{error}</p>}
      {stages && mine.length === 0 && <p>No stage of this event is yours to moderate.</p>}
      {mine.map((s) => (
        <article key={s.id} class="stack">
          <div class="spread">
            <h3>{s.name}</h3>
            <a href={`/e/${event.slug}/${s.slug}`}>Open the stage</a>
          </div>
          {s.chat && <ChatAdmin stage={s} />}
          <InteractionStage stage={s} zone={event.timezone} organizer={false} />
        </article>
      ))}
    </section>
  );
}
