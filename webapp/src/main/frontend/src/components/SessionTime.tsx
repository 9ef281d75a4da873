// A session's time in the event's timezone, and in the viewer's when it differs.
import { clock, day, sameOffset, viewerZone } from '../lib/time';
import type { Session } from '../lib/types';

/**
 * The day, the event's clock range and the viewer's clock range each stay on one line, but may wrap
 * between each other: in a narrow card ("Sat, Nov 21 02:30 PM–03:15 PM (…your time)" is wider than a
 * 16rem card in English) the time then takes two or three lines instead of running out of its card.
 */
export function SessionTime({ session, zone, withDay = false }: {
  session: Pick<Session, 'startsAt' | 'endsAt'>; zone: string; withDay?: boolean;
}) {
  const mine = viewerZone();
  const start = new Date(session.startsAt);
  const differs = !sameOffset(start, zone, mine);
  return (
    <span class="time">
      <time dateTime={session.startsAt}>
        {withDay && <><span class="nowrap">{day(session.startsAt, zone)}</span>{' '}</>}
        <span class="nowrap">{clock(session.startsAt, zone)}–{clock(session.endsAt, zone)}</span>
      </time>
      {differs && ' '}
      {differs && (
        <span class="muted" title={`Event time is ${zone}; your time is ${mine}`}>
          <span class="nowrap">({clock(session.startsAt, mine)}–{clock(session.endsAt, mine)}</span>{' '}
          <span class="nowrap">your time)</span>
        </span>
      )}
    </span>
  );
}
