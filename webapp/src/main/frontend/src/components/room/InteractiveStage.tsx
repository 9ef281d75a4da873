// An interactive stage: the speakers' video grid, and the controls each role has (lib/interactive.ts
// says who sees which): start, raise a hand, answer an invitation, mute, step down, moderate.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { applyStageFrame, controlsFor, mediaFor, noStage, onStage } from '../../lib/interactive';
import type { ConnectRoom } from '../../lib/mediaRoom';
import type { RoomSource } from '../../lib/sources';
import type { StageSocket } from '../useStageSocket';
import { RemoteAudio, VideoGrid } from './Media';
import { RoomNotices } from './RoomNotices';
import { StagePeople } from './StagePeople';
import { useControlFrames } from './useControlFrames';
import { useRoomLink } from './useRoomLink';

interface Props {
  source: RoomSource;
  socket: StageSocket;
  connect: ConnectRoom;
}

export function InteractiveStage({ source, socket, connect }: Props) {
  const [state, update] = useControlFrames(socket, applyStageFrame, noStage, 'stage.join');
  const { stage, you } = state;
  const send = socket.send;
  const role = you?.role ?? 'viewer';
  const token = state.ended ? null : you?.token ?? null;
  const ticket = useMemo(() => token ? { token, room: you?.room || source.room, ...mediaFor(role) } : null,
    [token, role, you?.room, source.room]);
  const [link, roomLink] = useRoomLink(connect, ticket);
  const mutesApplied = useRef(0);
  useEffect(() => {
    if (state.mutes > mutesApplied.current && link.room) {
      mutesApplied.current = state.mutes;
      link.room.setMuted(true);
    }
  }, [state.mutes, link.room]);
  const controls = controlsFor(state);
  const me = link.feeds.find((f) => f.local);
  const muted = !!me && me.audio !== null && !me.audioOn;
  const speakers = stage ? onStage(stage) : [];
  const hand = (raised: boolean) => {
    send({ type: 'stage.hand', raised });
    update((s) => ({ ...s, you: s.you && { ...s.you, hand: raised } }));
  };
  return (
    <section class="card room" aria-labelledby="room-title" data-role={you?.role}>
      <div class="spread">
        <h2 id="room-title">On stage</h2>
        {you && <span class="badge" aria-label={`Your role: ${role}`}>{role}</span>}
      </div>
      {state.ended ? <p class="status" role="status">The stage has ended.</p>
        : stage && !stage.live && <p class="muted" role="status">The stage has not started yet.</p>}
      {!state.ended && <RoomNotices link={link} full={state.full} overflowUrl={source.overflowUrl}
        onRejoin={() => { send({ type: 'stage.join' }); roomLink.retry(); }} onSound={() => roomLink.resumeAudio()} />}
      {state.error && <p class="status error" role="alert">{state.error}</p>}
      {state.moved && <p class="status warn" role="status">The host moved you back to the viewers.</p>}
      {stage?.live && !state.ended && <VideoGrid label="Speakers' video" room={link.room} feeds={link.feeds}
        tiles={speakers.map((s) => ({ identity: s.identity, name: s.name,
          badge: s.identity === you?.identity ? 'you' : s.host ? 'host' : undefined }))} />}
      <RemoteAudio feeds={link.feeds} room={link.room} />
      {controls.answer && (
        <div class="status ok invitation" role="alert">
          <p>The host invites you to speak on stage. Your camera and microphone will be shared.</p>
          <div class="row">
            <button onClick={() => send({ type: 'stage.accept' })}>Accept</button>
            <button class="secondary" onClick={() => { send({ type: 'stage.decline' }); update((s) => ({ ...s, invited: false })); }}>
              Decline</button>
          </div>
        </div>
      )}
      {controls.microphone && state.mutedByHost && muted && (
        <p class="status warn" role="status">The host muted you. Unmute when you want to speak.</p>
      )}
      <div class="row room-actions">
        {controls.start && <button onClick={() => send({ type: 'stage.start' })}>Start the stage</button>}
        {controls.hand && <button class="secondary"
          onClick={() => hand(controls.hand === 'raise')}>{controls.hand === 'raise' ? '✋ Raise hand' : 'Lower hand'}</button>}
        {controls.microphone && me && me.audio !== null && (
          <button class="secondary" onClick={() => {
            link.room?.setMuted(!muted);
            send({ type: 'stage.audio', muted: !muted });
          }}>
            {muted ? 'Unmute' : 'Mute'}</button>
        )}
        {controls.stepDown && <button class="secondary" onClick={() => send({ type: 'stage.stepdown' })}>Step down</button>}
        {controls.moderate && <button class="danger" onClick={() => confirm('Leave and end the stage for everyone?')
          && send({ type: 'stage.leave' })}>End the stage</button>}
      </div>
      {stage && <StagePeople stage={stage} you={you} moderate={controls.moderate} send={send} />}
    </section>
  );
}
