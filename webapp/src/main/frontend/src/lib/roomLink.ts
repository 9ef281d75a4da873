// Keeps one connection to the video room for the token the server last gave: connects, leaves the
// room joined with an older token first (a speaker moved back to the viewers rejoins as a viewer),
// and drops a connection that finishes after it was superseded.
import { type ConnectRoom, type Device, type Feed, type MediaRoom, type MediaWanted, ROOM_FULL } from './mediaRoom';

export interface Ticket extends MediaWanted {
  token: string;
  room: string;
}

export type LinkStatus = 'idle' | 'connecting' | 'connected' | 'full' | 'failed' | 'lost';

export interface LinkState {
  status: LinkStatus;
  room: MediaRoom | null;
  feeds: Feed[];
  denied: Device[];
  reconnecting: boolean;
  audioBlocked: boolean;
  error: string | null;
}

export const idleLink: LinkState = {
  status: 'idle', room: null, feeds: [], denied: [], reconnecting: false, audioBlocked: false, error: null,
};

export class RoomLink {
  private ticket: Ticket | null = null;
  private room: MediaRoom | null = null;
  private stopListening: (() => void) | null = null;
  private attempt = 0;
  private state: LinkState = idleLink;

  constructor(private readonly connect: ConnectRoom, private readonly onChange: (state: LinkState) => void) {}

  /**
   * Joins with this ticket (null: leaves). While joined (or joining), a ticket for the same room and
   * media only replaces the stored one: the server hands out a fresh token whenever the page's socket
   * reconnects, and that must not drop the video. After a failure or a drop, any ticket joins again.
   */
  use(ticket: Ticket | null): void {
    const active = this.state.status === 'connecting' || this.state.status === 'connected';
    if (active && ticket && this.ticket && sameRoom(ticket, this.ticket)) {
      this.ticket = ticket;
      return;
    }
    this.leave();
    this.ticket = ticket;
    if (!ticket) {
      this.set(idleLink);
      return;
    }
    const attempt = this.attempt;
    this.set({ ...idleLink, status: 'connecting' });
    this.connect(ticket.token, ticket.room, { audio: ticket.audio, video: ticket.video }).then((room) => {
      if (attempt !== this.attempt) {
        room.disconnect();
        return;
      }
      this.room = room;
      this.stopListening = room.on((event) => {
        if (event.type === 'changed') this.set({ ...this.state, feeds: room.feeds() });
        else if (event.type === 'reconnecting' || event.type === 'reconnected') {
          this.set({ ...this.state, reconnecting: event.type === 'reconnecting' });
        } else if (event.type === 'audioBlocked') this.set({ ...this.state, audioBlocked: true });
        else this.lost(event.message);
      });
      this.set({ ...idleLink, status: 'connected', room, feeds: room.feeds(), denied: room.denied });
    }, (error: unknown) => {
      if (attempt !== this.attempt) return;
      const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
      this.set({ ...idleLink, status: code === ROOM_FULL ? 'full' : 'failed',
        error: typeof message === 'string' && message ? message : 'Could not join the video room.' });
    });
  }

  /** Joins again with the latest ticket, after a failure or a drop. */
  retry(): void {
    if (this.state.status !== 'connecting' && this.state.status !== 'connected') this.use(this.ticket);
  }

  /** Plays audio the browser blocked; call from a click. */
  resumeAudio(): void {
    this.room?.resumeAudio();
    this.set({ ...this.state, audioBlocked: false });
  }

  /** Leaves for good (the page goes away). */
  close(): void {
    this.leave();
    this.ticket = null;
  }

  private lost(message?: string): void {
    this.stopListening?.();
    this.stopListening = null;
    this.room = null;
    this.set({ ...idleLink, status: 'lost', error: message ?? null });
  }

  private leave(): void {
    this.attempt++;
    this.stopListening?.();
    this.stopListening = null;
    this.room?.disconnect();
    this.room = null;
  }

  private set(state: LinkState): void {
    this.state = state;
    this.onChange(state);
  }
}

function sameRoom(a: Ticket, b: Ticket): boolean {
  return a.room === b.room && a.audio === b.audio && a.video === b.video;
}
