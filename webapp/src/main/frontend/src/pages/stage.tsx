// "/e/{eventSlug}/{stageSlug}": watch a stage: its player, what is on, its schedule, and room for the
// chat panel and stage controls that the chat and interactive-stage plugins add. The page opens one
// stage socket (when a chat plugin is installed) and shares it between the chat, the controls and the
// audience interaction (Q&A, polls, reactions over the player, when the stage has them on). A guest of a
// PUBLIC event watches at once; their name is asked the first time they chat, ask, vote or react.
// With ?replay={sessionId} it shows that session's replay instead (ReplayStage) and starts nothing live.
import '../styles.css';
import { useEffect, useState } from 'preact/hooks';
import { pinnedQuestion } from '../lib/interaction';
import { mayUseGroups } from '../lib/groups';
import { mount, segmentsAfter } from '../lib/page';
import { replayIdOf } from '../lib/replay';
import { momentOf } from '../lib/schedule';
import { roomSource } from '../lib/sources';
import { useViewingHeartbeat } from '../lib/viewingHeartbeat';
import type { Stage } from '../lib/types';
import { useEventData, type EventData } from '../lib/useEventData';
import { usePlayback } from '../lib/usePlayback';
import { useMinuteClock } from '../lib/useMinuteClock';
import { ChatPanel } from '../components/ChatPanel';
import { GuestNameDialog } from '../components/GuestNameForm';
import { PlayerOverlay } from '../components/interaction/PlayerOverlay';
import { PollCard } from '../components/interaction/PollCard';
import { QaPanel } from '../components/interaction/QaPanel';
import { ReactionBar } from '../components/interaction/ReactionBar';
import { useInteraction } from '../components/interaction/useInteraction';
import { LiveBadge } from '../components/LiveBadge';
import { Player } from '../components/Player';
import { ReplayStage } from '../components/replay/ReplayStage';
import { SessionList } from '../components/SessionList';
import { SessionTime } from '../components/SessionTime';
import { SiteHeader } from '../components/SiteHeader';
import { StageControls } from '../components/StageControls';
import { StartsSoon } from '../components/StartsSoon';
import { StreamLimitNotice } from '../components/StreamLimitNotice';
import { useNamedSocket } from '../components/useNamedSocket';
import { useBranding } from '../lib/useBranding';

function StagePage({ eventSlug, stageSlug, replayId }: { eventSlug: string; stageSlug: string; replayId: number | null }) {
  const loaded = useEventData(eventSlug);
  useBranding(loaded.state === 'ready' ? loaded.event : null);
  if (loaded.state === 'loading') return <><SiteHeader /><main id="content"><p aria-live="polite">Loading…</p></main></>;
  if (loaded.state === 'error') {
    return <><SiteHeader /><main id="content"><p class="status error" role="alert">{loaded.message}</p></main></>;
  }
  const stage = loaded.stages.find((s) => s.slug === stageSlug);
  let body;
  if (!stage) {
    body = <main id="content"><p class="status error" role="alert">This event has no stage “{stageSlug}”.</p>
      <p><a href={'/e/' + encodeURIComponent(eventSlug)}>Back to {loaded.event.title}</a></p></main>;
  } else if (replayId !== null) {
    body = <ReplayStage data={loaded} stage={stage} sessionId={replayId} />;
  } else {
    body = <StageBody data={loaded} stage={stage} />;
  }
  return <><SiteHeader session={loaded.session} event={loaded.event} />{body}</>;
}

interface BodyProps {
  data: EventData;
  stage: Stage;
}

function StageBody({ data, stage }: BodyProps) {
  const { event, schedule, stages } = data;
  const now = useMinuteClock();
  const [pushedLive, setPushedLive] = useState<boolean | null>(null);
  const signedIn = data.session.signedIn;
  const named = useNamedSocket(stage.chat ? stage.id : null, signedIn, setPushedLive);
  const socket = named.socket;
  const viewerName = (signedIn ? data.session.displayName : named.guest) ?? 'a guest';
  const interaction = useInteraction(stage.id, stage.chat ? socket : null);
  const on = stage.chat ? interaction.settings : null;
  const leads = socket.state.you?.moderator ?? false;
  const playback = usePlayback(stage, pushedLive, socket.state.connected);
  const room = playback.value && roomSource(playback.value.sources);
  // Players core does not serve (an iframe, a video room) are recorded and limited by a heartbeat.
  const [beatRetry, setBeatRetry] = useState(0);
  const heartbeatRefused = useViewingHeartbeat(stage.id,
    !!playback.value && (!!room || playback.value.sources.some((s) => s.type === 'iframe')), beatRetry);
  const [forcePlayer, setForcePlayer] = useState(false);
  const sessions = schedule.stages.find((s) => s.stageId === stage.id)?.sessions ?? [];
  const moment = momentOf(sessions, now);
  const live = pushedLive ?? playback.value?.live ?? stage.live;
  useEffect(() => { document.title = `${stage.name} · ${event.title}`; }, [stage.name, event.title]);
  // A stage held in a video room has no player: its people and their video are in #stage-controls.
  const waiting = moment.beforeFirst && !live && !forcePlayer && !room;
  return (
    <main id="content" class="stage-layout">
      <section aria-labelledby="stage-title">
        <div class="spread">
          <h1 id="stage-title">{stage.name}</h1>
          <span aria-live="polite"><LiveBadge live={live} /></span>
        </div>
        <p class="muted"><a href={'/e/' + encodeURIComponent(event.slug)}>{event.title}</a> · watching as {viewerName}</p>
        <p id="now-playing" aria-live="polite">
          {moment.now ? <><strong>Now:</strong> {moment.now.title} <SessionTime session={moment.now} zone={event.timezone} /></>
            : moment.next ? <><strong>Next:</strong> {moment.next.title} <SessionTime session={moment.next} zone={event.timezone} withDay /></>
              : <span class="muted">Nothing scheduled right now.</span>}
        </p>
        {playback.error && <p class="status error" role="alert">{playback.error}</p>}
        {(playback.limited ?? heartbeatRefused) && (
          <StreamLimitNotice detail={(playback.limited ?? heartbeatRefused) as string} onFreed={() => {
            playback.retry();
            setBeatRetry((n) => n + 1);
          }} />
        )}
        {waiting && moment.next
          ? <StartsSoon first={moment.next} zone={event.timezone} now={now}
            thumbnail={playback.value?.sources.find((s) => s.thumbnail)?.thumbnail} onWatch={() => setForcePlayer(true)} />
          : playback.value && !room && !heartbeatRefused && (
            <div class="player-frame">
              <Player sources={playback.value.sources} title={stage.name} />
              {on && <PlayerOverlay pinned={on.qa.enabled ? pinnedQuestion(interaction.state) : null}
                particles={on.reactions.enabled ? interaction.particles : []}
                totals={on.reactions.enabled ? interaction.totals : {}} reducedMotion={interaction.reducedMotion} />}
            </div>
          )}
        {on?.reactions.enabled && on.reactions.set.length > 0 && <ReactionBar set={on.reactions.set} send={socket.send} />}
        {on?.polls.enabled && interaction.state.poll && (
          <PollCard key={interaction.state.poll.id} poll={interaction.state.poll} send={socket.send} />
        )}
        <div id="stage-controls" data-stage-id={stage.id} data-provider={stage.provider}>
          {room && <StageControls source={room} socket={stage.chat ? socket : null} />}
        </div>
      </section>
      <aside aria-label="Beside the stage">
        {on?.qa.enabled && (
          <QaPanel qa={on.qa} questions={interaction.state.questions} leads={leads} you={socket.state.you?.id ?? null}
            connected={socket.state.connected} send={socket.send} />
        )}
        <div id="stage-chat" data-stage-id={stage.id}>
          {stage.chat && <ChatPanel socket={socket}
            groups={mayUseGroups(data.session, event.id) ? { eventId: event.id, you: data.session.subject } : undefined} />}
        </div>
        <section class="card" aria-labelledby="stage-schedule">
          <h2 id="stage-schedule">Schedule</h2>
          <SessionList sessions={sessions} zone={event.timezone} currentId={moment.now?.id} />
        </section>
        {stages.length > 1 && (
          <nav class="card" aria-label="Other stages">
            <h2>Other stages</h2>
            <ul class="list">
              {stages.filter((s) => s.id !== stage.id).map((s) => (
                <li key={s.id}><a href={`/e/${encodeURIComponent(event.slug)}/${encodeURIComponent(s.slug)}`}>{s.name}</a>{' '}
                  <LiveBadge live={s.live} /></li>
              ))}
            </ul>
          </nav>
        )}
      </aside>
      <GuestNameDialog open={named.asking} onName={named.named} onCancel={named.cancel} />
    </main>
  );
}

const [eventSlug, stageSlug] = segmentsAfter('e');
mount(<StagePage eventSlug={eventSlug ?? ''} stageSlug={stageSlug ?? ''} replayId={replayIdOf(location.search)} />);
