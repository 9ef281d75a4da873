// One RoomLink for the component's life: joins the video room whenever the ticket changes and
// leaves it when the component goes.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConnectRoom } from '../../lib/mediaRoom';
import { idleLink, type LinkState, RoomLink, type Ticket } from '../../lib/roomLink';

export function useRoomLink(connect: ConnectRoom, ticket: Ticket | null): [LinkState, RoomLink] {
  const [state, setState] = useState<LinkState>(idleLink);
  const link = useMemo(() => new RoomLink(connect, setState), [connect]);
  useEffect(() => () => link.close(), [link]);
  useEffect(() => link.use(ticket), [link, ticket?.token, ticket?.room, ticket?.audio, ticket?.video]);
  return [state, link];
}
