// A session's time in the event's timezone, and in the viewer's when it differs.
import { clock, day, sameOffset, viewerZone } from '../lib/time';
import type { Session } from '../lib/types';

export function SessionTime({ session, zone, withDay = false }: { session: Session; zone: string; withDay?: boolean }) {
  const mine = viewerZone();
  const start = new Date(session.startsAt);
  const differs = !sameOffset(start, zone, mine);
  return (
    <span class="time">
      <time dateTime={session.startsAt}>
        {withDay && day(session.startsAt, zone) + ' '}
        {clock(session.startsAt, zone)}–{clock(session.endsAt, zone)}
      </time>
      {differs && ' '}
      {differs && (
        <span class="muted" title={`Event time is ${zone}; your time is ${mine}`}>
          ({clock(session.startsAt, mine)}–{clock(session.endsAt, mine)} your time)
        </span>
      )}
    </span>
  );
}
