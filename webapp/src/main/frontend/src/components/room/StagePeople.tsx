// Who is on an interactive stage: the speakers (the host may mute them or move them back to the
// viewers), the raised hands (the host invites one), and the viewers (the first 100 and a count).
import { moderatable, moreViewers, onStage, raisedHands, type StageView, type You } from '../../lib/interactive';

interface Props {
  stage: StageView;
  you: You | null;
  /** The host's buttons. */
  moderate: boolean;
  send: (frame: object) => void;
}

export function StagePeople({ stage, you, moderate, send }: Props) {
  const hands = raisedHands(stage);
  const more = moreViewers(stage);
  return (
    <div class="room-people">
      <section aria-labelledby="speakers-title">
        <h3 id="speakers-title">Speakers</h3>
        <ul class="list people">
          {onStage(stage).map((s) => (
            <li key={s.identity} class="spread">
              <span>{s.name}{s.identity === you?.identity && ' (you)'}{s.host && <> <span class="badge">host</span></>}
                {s.muted && <> <span class="badge">muted</span></>}</span>
              {moderate && moderatable(s, you) && (
                <span class="row" aria-label={`Moderate ${s.name}`}>
                  <button class="secondary small" disabled={s.muted} onClick={() => send({ type: 'stage.mute', identity: s.identity })}>
                    Mute</button>
                  <button class="danger small" onClick={() => send({ type: 'stage.move', identity: s.identity })}>Move to viewers</button>
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
      {moderate && (
        <section aria-labelledby="hands-title">
          <h3 id="hands-title">Raised hands</h3>
          {hands.length === 0 ? <p class="muted">No hands raised.</p> : (
            <ul class="list people">
              {hands.map((h) => (
                <li key={h.identity} class="spread"><span>✋ {h.name}</span>
                  <button class="small" onClick={() => send({ type: 'stage.invite', identity: h.identity })}
                    aria-label={`Invite ${h.name} on stage`}>Invite</button></li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="viewers-title">
        <h3 id="viewers-title">Viewers <span class="muted">({stage.viewers.total})</span></h3>
        <ul class="list people viewers">
          {stage.viewers.first.map((v) => (
            <li key={v.identity}>{v.name}{v.identity === you?.identity && ' (you)'}
              {v.hand && <span role="img" aria-label="hand raised"> ✋</span>}</li>
          ))}
        </ul>
        {more > 0 && <p class="muted">and {more} more</p>}
      </section>
    </div>
  );
}
