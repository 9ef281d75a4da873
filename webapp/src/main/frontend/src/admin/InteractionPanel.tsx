// The console's Interaction tab: one stage at a time (chosen in the list of the event's stages, kept in
// the address as #/events/{id}/interaction/{stageId}), with its Q&A, polls and reactions.
import { useEffect, useState } from 'preact/hooks';
import { describe, get } from '../lib/api';
import type { MarqueeEvent, Stage } from '../lib/types';
import { InteractionStage } from './InteractionStage';

export function InteractionPanel({ event, stageId }: { event: MarqueeEvent; stageId?: number }) {
  const [stages, setStages] = useState<Stage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<Stage[]>(`/events/${event.id}/stages`).then((s) => setStages([...s].sort((a, b) => a.order - b.order)))
      .catch((e) => setError(describe(e)));
  }, [event.id]);
  const stage = stages?.find((s) => s.id === stageId) ?? stages?.[0];
  return (
    <section aria-labelledby="interaction-title">
      <h2 id="interaction-title">Interaction{stage && stages!.length > 1 ? `: ${stage.name}` : ''}</h2>
      <p class="muted">Per stage: Q&amp;A with upvotes and moderation, polls and emoji reactions. Hosts and moderators of
        a stage run its queue and polls too, from their console.</p>
      {error && <p class="status error" role="alert">{error}</p>}
      {stages === null && !error && <p aria-live="polite">Loading…</p>}
      {stages !== null && stages.length === 0 && <p>No stages yet. Add one under Stages; its Q&amp;A, polls and
        reactions are set here.</p>}
      {stages !== null && stages.length > 1 && (
        <nav class="stage-picker" aria-label="Stages">
          {stages.map((s) => (
            <a key={s.id} href={`#/events/${event.id}/interaction/${s.id}`}
              aria-current={s.id === stage?.id ? 'page' : undefined}>{s.name}{s.live ? ' (live)' : ''}</a>
          ))}
        </nav>
      )}
      {stage && <InteractionStage key={stage.id} stage={stage} zone={event.timezone} organizer />}
    </section>
  );
}
