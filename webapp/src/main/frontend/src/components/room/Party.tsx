// A party: everyone may share their camera, the DJ is marked, each person picks whose video to
// watch; a private party lets in only the people the DJ invites (the others knock).
import { useMemo, useState } from 'preact/hooks';
import type { ConnectRoom } from '../../lib/mediaRoom';
import { applyPartyFrame, noParty, partyControlsFor, pickable, toggleWatch, watchFrame } from '../../lib/party';
import type { RoomSource } from '../../lib/sources';
import type { StageSocket } from '../useStageSocket';
import { RemoteAudio, VideoGrid } from './Media';
import { RoomNotices } from './RoomNotices';
import { useControlFrames } from './useControlFrames';
import { useRoomLink } from './useRoomLink';
import { WatchPicker } from './WatchPicker';

interface Props {
  source: RoomSource;
  socket: StageSocket;
  connect: ConnectRoom;
}

export function Party({ source, socket, connect }: Props) {
  const [state, update] = useControlFrames(socket, applyPartyFrame, noParty, 'party.join');
  const [left, setLeft] = useState(false);
  const [cameraError, setCameraError] = useState<string | null>(null);
  const { party, you } = state;
  const send = socket.send;
  const token = left ? null : you?.token ?? null;
  const ticket = useMemo(() => token ? { token, room: you?.room || source.room, audio: true, video: true } : null,
    [token, you?.room, source.room]);
  const [link, roomLink] = useRoomLink(connect, ticket);
  const controls = partyControlsFor(state);
  const me = you?.identity ?? null;
  const dj = party?.dj?.identity ?? null;
  const sharing = !!link.feeds.find((f) => f.local)?.video;
  const names = new Map((party?.people ?? []).map((p) => [p.identity, p.name]));
  const tiles = link.feeds.filter((f) => f.video).map((f) => ({ identity: f.identity, name: names.get(f.identity) ?? 'Someone',
    badge: f.local ? 'you' : f.identity === dj ? 'DJ' : undefined }));
  const watch = (identity: string, on: boolean) => {
    const watching = toggleWatch(state.watching, identity, on);
    update((s) => ({ ...s, watching }));
    send(watchFrame(watching, party, me));
  };
  const share = () => {
    setCameraError(null);
    link.room?.setCamera(!sharing).then(() => send({ type: 'party.share', sharing: !sharing }))
      .catch(() => setCameraError('The browser did not allow the camera.'));
  };
  if (left) {
    return (
      <section class="card room" aria-labelledby="room-title">
        <h2 id="room-title">Party</h2>
        <p role="status">You left the party.</p>
        <button onClick={() => { setLeft(false); send({ type: 'party.join' }); }}>Join again</button>
      </section>
    );
  }
  return (
    <section class="card room" aria-labelledby="room-title">
      <div class="spread">
        <h2 id="room-title">Party{party?.private && <> <span class="badge">private</span></>}</h2>
        {party?.dj && <span class="muted">DJ: {party.dj.name}{you?.dj && ' (you)'}</span>}
      </div>
      <RoomNotices link={link} full={state.full} overflowUrl={source.overflowUrl}
        onRejoin={() => { send({ type: 'party.join' }); roomLink.retry(); }} onSound={() => roomLink.resumeAudio()} />
      {state.error && <p class="status error" role="alert">{state.error}</p>}
      {cameraError && <p class="status warn" role="alert">{cameraError}</p>}
      {party?.private && !controls.inside && (
        state.knocked ? <p role="status">You knocked; the DJ will let you in.</p> : (
          <p class="row"><span>This party is private: only people the DJ invites come in.</span>
            {controls.knock && <button onClick={() => { send({ type: 'party.knock' }); update((s) => ({ ...s, knocked: true })); }}>
              Knock</button>}</p>
        ))}
      <VideoGrid label="Party video" room={link.room} feeds={link.feeds} tiles={tiles} />
      <RemoteAudio feeds={link.feeds} room={link.room} />
      {controls.share && (
        <div class="row room-actions">
          <label class="check"><input type="checkbox" checked={sharing} disabled={!link.room} onChange={share} /> Share my video</label>
          <button class="secondary" onClick={() => { send({ type: 'party.leave' }); setLeft(true); }}>Leave the party</button>
        </div>
      )}
      {controls.share && <WatchPicker people={pickable(party, me)} watching={state.watching} djIdentity={dj} onChange={watch} />}
      {controls.invite && state.knocks.length > 0 && (
        <section aria-labelledby="knocks-title">
          <h3 id="knocks-title">At the door</h3>
          <ul class="list people">
            {state.knocks.map((k) => (
              <li key={k.identity} class="spread"><span>{k.name}</span>
                <button class="small" onClick={() => send({ type: 'party.invite', identity: k.identity })}
                  aria-label={`Invite ${k.name} in`}>Invite</button></li>
            ))}
          </ul>
        </section>
      )}
      {party && (
        <section aria-labelledby="guests-title">
          <h3 id="guests-title">At the party <span class="muted">({party.people.length})</span></h3>
          <ul class="list people">
            {party.people.map((p) => (
              <li key={p.identity}>{p.name}{p.identity === me && ' (you)'}{p.identity === dj && <> <span class="badge">DJ</span></>}
                {p.sharing && <span class="muted"> · sharing video</span>}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
