import { describe, expect, it } from 'vitest';
import { fakeConnect } from './fakeRoom';
import { ROOM_FULL } from './mediaRoom';
import { type LinkState, RoomLink, type Ticket } from './roomLink';

const viewer: Ticket = { token: 'tok-v', room: 'marquee-stage-4', audio: false, video: false };
const speaker: Ticket = { token: 'tok-s', room: 'marquee-stage-4', audio: true, video: true };
const settle = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const { connect, calls } = fakeConnect('u:3');
  const states: LinkState[] = [];
  const link = new RoomLink(connect, (s) => states.push(s));
  return { link, calls, last: () => states[states.length - 1] };
}

describe('RoomLink', () => {
  it('joins with the ticket and follows the room', async () => {
    const { link, calls, last } = setup();
    link.use(viewer);
    expect(last().status).toBe('connecting');
    expect(calls[0]).toMatchObject({ token: 'tok-v', room: 'marquee-stage-4', media: { audio: false, video: false } });
    const room = calls[0].join();
    await settle();
    expect(last().status).toBe('connected');
    room.join('u:1');
    expect(last().feeds.map((f) => f.identity)).toEqual(['u:3', 'u:1']);
  });

  it('stays in the room when a fresh token for the same room and role comes (the socket reconnected)', async () => {
    const { link, calls, last } = setup();
    link.use(viewer);
    link.use({ ...viewer });
    const room = calls[0].join();
    await settle();
    link.use({ ...viewer, token: 'tok-v-fresh' });
    expect(calls).toHaveLength(1);
    expect(room.disconnected).toBe(false);
    room.emit({ type: 'disconnected' });
    expect(last().status).toBe('lost');
    link.use({ ...viewer, token: 'tok-v-fresh' });
    expect(calls[1].token).toBe('tok-v-fresh');
  });

  it('leaves the old room before joining with a new token (a viewer invited on stage)', async () => {
    const { link, calls, last } = setup();
    link.use(viewer);
    const first = calls[0].join();
    await settle();
    link.use(speaker);
    expect(first.disconnected).toBe(true);
    expect(calls[1].media).toEqual({ audio: true, video: true });
    calls[1].join();
    await settle();
    expect(last().status).toBe('connected');
  });

  it('drops a connection that finishes after it was superseded', async () => {
    const { link, calls, last } = setup();
    link.use(speaker);
    link.use(null);
    expect(last().status).toBe('idle');
    const late = calls[0].join();
    await settle();
    expect(late.disconnected).toBe(true);
    expect(last().status).toBe('idle');
  });

  it('tells a full room from other failures', async () => {
    const { link, calls, last } = setup();
    link.use(viewer);
    calls[0].fail(ROOM_FULL, 'Room contains too many Participants');
    await settle();
    expect(last().status).toBe('full');
    link.use({ ...viewer, token: 'tok-2' });
    calls[1].fail(20104, 'Access Token expired');
    await settle();
    expect(last()).toMatchObject({ status: 'failed', error: 'Access Token expired' });
  });

  it('notices when the room drops it, and tries again with the same ticket', async () => {
    const { link, calls, last } = setup();
    link.use(speaker);
    const room = calls[0].join();
    await settle();
    room.emit({ type: 'disconnected', code: 53118, message: 'Room completed' });
    expect(last()).toMatchObject({ status: 'lost', room: null, error: 'Room completed' });
    link.use(speaker);
    expect(calls).toHaveLength(2);
  });

  it('joins again with the latest ticket when asked after a failure', async () => {
    const { link, calls } = setup();
    link.use(viewer);
    link.retry();
    expect(calls).toHaveLength(1);
    calls[0].fail(53000, 'Signaling connection error');
    await settle();
    link.retry();
    expect(calls).toHaveLength(2);
    expect(calls[1].token).toBe('tok-v');
  });

  it('keeps track of blocked sound and reconnection', async () => {
    const { link, calls, last } = setup();
    link.use(viewer);
    const room = calls[0].join();
    await settle();
    room.emit({ type: 'audioBlocked' });
    expect(last().audioBlocked).toBe(true);
    link.resumeAudio();
    expect(last().audioBlocked).toBe(false);
    room.emit({ type: 'reconnecting' });
    expect(last().reconnecting).toBe(true);
    room.emit({ type: 'reconnected' });
    expect(last().reconnecting).toBe(false);
  });

  it('leaves for good on close', async () => {
    const { link, calls } = setup();
    link.use(viewer);
    const room = calls[0].join();
    await settle();
    link.close();
    expect(room.disconnected).toBe(true);
  });
});
