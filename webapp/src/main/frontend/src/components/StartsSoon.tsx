// Before a stage's first session: what starts when, counting down, with a way to open the player anyway.
import { clock, sameOffset, until, viewerZone } from '../lib/time';
import type { Session } from '../lib/types';

interface Props {
  first: Session;
  zone: string;
  now: Date;
  thumbnail?: string;
  onWatch: () => void;
}

export function StartsSoon({ first, zone, now, thumbnail, onWatch }: Props) {
  const mine = viewerZone();
  const start = new Date(first.startsAt);
  return (
    <div class="player" role="region" aria-label="Starts soon">
      <div class="state" style={thumbnail ? { backgroundImage: `url("${encodeURI(thumbnail)}")` } : undefined}>
        <p><strong>Starts soon</strong></p>
        <p>{first.title} at {clock(start, zone)}
          {!sameOffset(start, zone, mine) && ` (${clock(start, mine)} your time)`}, {until(now, start)}</p>
        <p><button class="secondary small" onClick={onWatch}>Open the player now</button></p>
      </div>
    </div>
  );
}
