// The stage page's room controls against a fake socket and a fake video room: the frames in, the
// frames out, and what the page does with the room.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeConnect, type FakeRoom } from '../../lib/fakeRoom';
import type { RoomSource } from '../../lib/sources';
import type { ControlFrame, StageSocket } from '../useStageSocket';
import { RoomStage } from './RoomStage';

let root: HTMLElement;
let sent: Array<Record<string, unknown>>;
let socket: StageSocket;

beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
  sent = [];
  socket = {
    state: { connected: true, messages: [], pinned: null, viewers: null, you: null, chat: null, notice: null, ended: null,
      nameRequired: false },
    send: (frame) => sent.push(frame as Record<string, unknown>),
    dismiss: () => undefined,
    groups: { current: null },
    controls: { current: null },
    interaction: { current: null },
  };
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const push = (frame: ControlFrame) => act(() => socket.controls.current?.(frame));
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(label));
const click = (label: string) => act(() => {
  const b = button(label);
  if (!b) throw new Error(`no button "${label}" in: ${root.textContent}`);
  b.click();
});

const stageState = (live = true) => ({
  type: 'stage.state', mode: 'interactive', live, host: { identity: 'u:1', name: 'Hana' },
  speakers: [{ identity: 'u:1', name: 'Hana', muted: false, host: true }],
  viewers: { first: [{ identity: 'u:3', name: 'Vic', hand: false }], total: 120 }, hands: [],
});
const stageYou = (role: string, token: string | null, over: object = {}) => ({
  type: 'stage.you', identity: 'u:3', role, token, room: 'marquee-stage-4', invited: false, hand: false, leads: false, ...over,
});

function mount(source: RoomSource) {
  const fake = fakeConnect('u:3');
  act(() => render(h(RoomStage, { source, socket, connect: fake.connect }), root));
  return fake;
}

const interactive: RoomSource = { type: 'twilio-video', room: 'marquee-stage-4', mode: 'interactive', overflowUrl: '/e/conf/broadcast' };

describe('interactive stage', () => {
  it('runs a viewer through hand, invitation, mute, move and the end', async () => {
    const { calls } = mount(interactive);
    expect(sent).toEqual([{ type: 'stage.join' }]);
    push(stageState());
    push(stageYou('viewer', 'tok-v'));
    expect(calls.map((c) => c.media)).toEqual([{ audio: false, video: false }]);
    const asViewer: FakeRoom = calls[0].join();
    await settle();
    act(() => asViewer.join('u:1'));
    expect(root.querySelector('.tile[data-identity="u:1"]')?.textContent).toContain('Hana');
    expect(asViewer.attached.sort()).toEqual(['audio:u:1', 'video:u:1']);
    expect(root.textContent).toContain('and 119 more');

    click('Raise hand');
    expect(sent.at(-1)).toEqual({ type: 'stage.hand', raised: true });
    expect(button('Lower hand')).toBeTruthy();

    push({ type: 'stage.invited' });
    click('Accept');
    expect(sent.at(-1)).toEqual({ type: 'stage.accept' });
    push(stageYou('speaker', 'tok-s'));
    expect(asViewer.disconnected).toBe(true);
    expect(calls[1].media).toEqual({ audio: true, video: true });
    const asSpeaker = calls[1].join();
    await settle();
    expect(button('Step down')).toBeTruthy();

    push({ type: 'stage.muted' });
    expect(asSpeaker.muted).toBe(true);
    expect(root.textContent).toContain('The host muted you');
    click('Unmute');
    expect(asSpeaker.muted).toBe(false);

    push({ type: 'stage.moved' });
    expect(asSpeaker.disconnected).toBe(true);
    push(stageYou('viewer', 'tok-v2'));
    expect(calls[2]).toMatchObject({ token: 'tok-v2', media: { audio: false, video: false } });
    const again = calls[2].join();
    await settle();
    expect(root.textContent).toContain('The host moved you back to the viewers');

    push({ type: 'stage.ended' });
    expect(again.disconnected).toBe(true);
    expect(root.textContent).toContain('The stage has ended');
  });

  it('lets someone who may host start it, and the host moderate', async () => {
    const { calls } = mount(interactive);
    push(stageState(false));
    push(stageYou('viewer', null, { identity: 'u:1', leads: true }));
    expect(calls).toHaveLength(0);
    click('Start the stage');
    expect(sent.at(-1)).toEqual({ type: 'stage.start' });
    push({ ...stageState(), speakers: [{ identity: 'u:1', name: 'Hana', muted: false, host: true },
      { identity: 'u:2', name: 'Sam', muted: false, host: false }], hands: ['u:3'],
      viewers: { first: [{ identity: 'u:3', name: 'Vic', hand: true }], total: 1 } });
    push(stageYou('host', 'tok-h', { identity: 'u:1', leads: true }));
    expect(calls[0].media).toEqual({ audio: true, video: true });
    expect(button('Start the stage')).toBeUndefined();
    click('Invite');
    expect(sent.at(-1)).toEqual({ type: 'stage.invite', identity: 'u:3' });
    click('Mute');
    expect(sent.at(-1)).toEqual({ type: 'stage.mute', identity: 'u:2' });
    click('Move to viewers');
    expect(sent.at(-1)).toEqual({ type: 'stage.move', identity: 'u:2' });
  });

  it('sends a full room to the broadcast', async () => {
    const { calls } = mount(interactive);
    push(stageState());
    push(stageYou('viewer', 'tok-v'));
    calls[0].fail(53105, 'Room contains too many Participants');
    await settle();
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Watch the broadcast instead');
    expect(link?.getAttribute('href')).toBe('/e/conf/broadcast');
    push({ type: 'error', error: 'full', detail: 'The stage is full.', overflowUrl: 'javascript:alert(1)' });
    expect(root.textContent).toContain('The stage is full.');
    expect(link?.getAttribute('href')).toBe('/e/conf/broadcast');
  });
});

describe('party', () => {
  const party: RoomSource = { type: 'twilio-video', room: 'marquee-stage-5', mode: 'party' };
  const state = (isPrivate = false) => ({
    type: 'party.state', dj: { identity: 'u:1', name: 'Dee' }, private: isPrivate,
    people: [{ identity: 'u:1', name: 'Dee', sharing: true }, { identity: 'u:2', name: 'Eli', sharing: true },
      { identity: 'u:3', name: 'Fay', sharing: false }],
  });
  const partyYou = (token: string | null, over: object = {}) =>
    ({ type: 'party.you', identity: 'u:3', token, room: 'marquee-stage-5', dj: false, watching: ['u:1'], ...over });

  it('joins with the camera and sends the whole chosen set', async () => {
    const { calls } = mount(party);
    expect(sent).toEqual([{ type: 'party.join' }]);
    push(state());
    push(partyYou('tok'));
    expect(calls[0].media).toEqual({ audio: true, video: true });
    const room = calls[0].join();
    await settle();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.watch-picker input')];
    expect(boxes.map((b) => [b.parentElement?.textContent, b.checked])).toEqual([['Dee DJ', true], ['Eli', false]]);
    act(() => boxes[1].click());
    expect(sent.at(-1)).toEqual({ type: 'party.watch', identities: ['u:1', 'u:2'] });
    act(() => boxes[0].click());
    expect(sent.at(-1)).toEqual({ type: 'party.watch', identities: ['u:2'] });
    const share = [...root.querySelectorAll<HTMLInputElement>('input')].find((i) => i.parentElement?.textContent?.includes('Share my video'));
    expect(share?.checked).toBe(true);
    await act(async () => { share?.click(); });
    expect(room.camera).toBe(false);
  });

  it('has outsiders of a private party knock, and the DJ invite them', async () => {
    mount(party);
    push(state(true));
    push(partyYou(null));
    click('Knock');
    expect(sent.at(-1)).toEqual({ type: 'party.knock' });
    expect(root.textContent).toContain('You knocked');
    render(null, root);
    socket.controls.current = null;
    mount(party);
    push(state(true));
    push(partyYou('tok-dj', { identity: 'u:1', dj: true }));
    push({ type: 'party.knocked', identity: 'u:9', name: 'Kim' });
    click('Invite');
    expect(sent.at(-1)).toEqual({ type: 'party.invite', identity: 'u:9' });
  });
});
