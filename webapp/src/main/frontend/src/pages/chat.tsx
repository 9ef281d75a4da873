// "/e/{eventSlug}/{stageSlug}/chat": the stage's chat alone, for a second screen or an OBS browser
// source. With ?transparent=1 the page has no background (OBS lays it over the video). A guest of a
// PUBLIC event reads at once; the name is asked the first time they write.
import '../styles.css';
import { useEffect } from 'preact/hooks';
import { mount, segmentsAfter, transparentOf } from '../lib/page';
import type { Stage } from '../lib/types';
import { useEventData, type EventData } from '../lib/useEventData';
import { useBranding } from '../lib/useBranding';
import { ChatPanel } from '../components/ChatPanel';
import { GuestNameDialog } from '../components/GuestNameForm';
import { useNamedSocket } from '../components/useNamedSocket';

function ChatPage({ eventSlug, stageSlug }: { eventSlug: string; stageSlug: string }) {
  const loaded = useEventData(eventSlug);
  useBranding(loaded.state === 'ready' && !transparentOf(location.search) ? loaded.event : null);
  if (loaded.state === 'loading') return <main id="content"><p aria-live="polite">Loading…</p></main>;
  if (loaded.state === 'error') return <main id="content"><p class="status error" role="alert">{loaded.message}</p></main>;
  const stage = loaded.stages.find((s) => s.slug === stageSlug);
  if (!stage || !stage.chat) {
    return <main id="content"><p class="status error" role="alert">This event has no stage “{stageSlug}” with a chat.</p></main>;
  }
  return <StageChat data={loaded} stage={stage} />;
}

function StageChat({ data, stage }: { data: EventData; stage: Stage }) {
  const named = useNamedSocket(stage.id, data.session.signedIn, () => undefined);
  useEffect(() => { document.title = `Chat · ${stage.name} · ${data.event.title}`; }, [stage.name, data.event.title]);
  return (
    <main id="content" class="chat-only">
      <h1 class="visually-hidden">Chat of {stage.name} · {data.event.title}</h1>
      <ChatPanel socket={named.socket} />
      <GuestNameDialog open={named.asking} onName={named.named} onCancel={named.cancel} />
    </main>
  );
}

if (transparentOf(location.search)) document.documentElement.classList.add('transparent');
const [eventSlug, stageSlug] = segmentsAfter('e');
mount(<ChatPage eventSlug={eventSlug ?? ''} stageSlug={stageSlug ?? ''} />);
