// "/embed/{eventSlug}/{stageSlug}": the stage's player alone, for framing on the organizer's own site
// (the event's embedOrigins may frame it: PageHeadersFilter writes them into frame-ancestors). The
// event's access rules hold as on the stage page: a TICKETED or PRIVATE event asks to sign in first.
// The player is fetched again when the stage's live flag changes (the event data is polled).
import '../styles.css';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, describe, get } from '../lib/api';
import { mount, segmentsAfter, toSignIn } from '../lib/page';
import type { Playback, Stage } from '../lib/types';
import { useEventData } from '../lib/useEventData';
import { Player } from '../components/Player';

function EmbedPage({ eventSlug, stageSlug }: { eventSlug: string; stageSlug: string }) {
  const loaded = useEventData(eventSlug);
  if (loaded.state === 'loading') return <main id="content" class="embed"><p aria-live="polite">Loading…</p></main>;
  if (loaded.state === 'error') return <main id="content" class="embed"><p class="status error" role="alert">{loaded.message}</p></main>;
  const stage = loaded.stages.find((s) => s.slug === stageSlug);
  if (!stage) return <main id="content" class="embed"><p class="status error" role="alert">This event has no stage “{stageSlug}”.</p></main>;
  return <EmbeddedPlayer stage={stage} eventTitle={loaded.event.title} />;
}

function EmbeddedPlayer({ stage, eventTitle }: { stage: Stage; eventTitle: string }) {
  const [playback, setPlayback] = useState<{ value?: Playback; error?: string }>({});
  useEffect(() => { document.title = `${stage.name} · ${eventTitle}`; }, [stage.name, eventTitle]);
  useEffect(() => {
    get<Playback>(`/stages/${stage.id}/playback`)
      .then((value) => setPlayback({ value }))
      .catch((e) => {
        if (e instanceof ApiError && e.status === 401) toSignIn();
        else setPlayback((p) => ({ value: p.value, error: 'The stream cannot be played: ' + describe(e) }));
      });
  }, [stage.id, stage.live]);
  return (
    <main id="content" class="embed">
      <h1 class="visually-hidden">{stage.name} · {eventTitle}</h1>
      {playback.error && <p class="status error" role="alert">{playback.error}</p>}
      {playback.value && <Player sources={playback.value.sources} title={stage.name} />}
    </main>
  );
}

const [eventSlug, stageSlug] = segmentsAfter('embed');
mount(<EmbedPage eventSlug={eventSlug ?? ''} stageSlug={stageSlug ?? ''} />);
