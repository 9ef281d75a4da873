import { describe, expect, it } from 'vitest';
import { applyStageFrame, controlsFor, type InteractiveState, mediaFor, moderatable, moreViewers, noStage, onStage,
  raisedHands, type StageFrame, type StageView, type You } from './interactive';

const live: StageView = {
  live: true,
  host: { identity: 'u:1', name: 'Hana' },
  speakers: [{ identity: 'u:2', name: 'Sam', muted: false, host: false }, { identity: 'u:1', name: 'Hana', muted: false, host: true }],
  viewers: { first: [{ identity: 'u:3', name: 'Vic', hand: true }, { identity: 'u:4', name: 'Wes', hand: false }], total: 250 },
  hands: ['u:3', 'g:9'],
};
const you = (over: Partial<You> = {}): You => ({
  identity: 'u:3', role: 'viewer', token: 'tok-v', room: 'marquee-stage-4', invited: false, hand: false, leads: false, ...over,
});
const run = (...frames: StageFrame[]): InteractiveState => frames.reduce(applyStageFrame, noStage);
const state = (over: Partial<You> = {}, stage: StageView = live) =>
  run({ type: 'stage.state', ...stage }, { type: 'stage.you', ...you(over) });

describe('interactive stage state', () => {
  it('keeps what stage.state and stage.you say', () => {
    const s = state({ hand: true });
    expect(s.stage?.viewers.total).toBe(250);
    expect(s.you).toEqual(you({ hand: true }));
    expect(s.invited).toBe(false);
  });

  it('shows an invitation until the viewer is on stage', () => {
    const invited = applyStageFrame(state(), { type: 'stage.invited' });
    expect(invited.invited).toBe(true);
    const speaking = applyStageFrame(invited, { type: 'stage.you', ...you({ role: 'speaker', token: 'tok-s' }) });
    expect(speaking.invited).toBe(false);
    expect(applyStageFrame(state(), { type: 'stage.you', ...you({ invited: true }) }).invited).toBe(true);
  });

  it('counts each mute by the host, and forgets it when back among the viewers', () => {
    const speaker = state({ role: 'speaker', token: 'tok-s' });
    const twice = run({ type: 'stage.muted' }, { type: 'stage.muted' });
    expect(twice.mutes).toBe(2);
    const muted = applyStageFrame(speaker, { type: 'stage.muted' });
    expect(muted.mutedByHost).toBe(true);
    expect(applyStageFrame(muted, { type: 'stage.you', ...you({ role: 'speaker', token: 'tok-s' }) }).mutedByHost).toBe(true);
    const moved = applyStageFrame(muted, { type: 'stage.moved' });
    expect(moved.mutedByHost).toBe(false);
  });

  it('drops the speaker token when moved, until the viewer token comes', () => {
    const moved = applyStageFrame(state({ role: 'speaker', token: 'tok-s' }), { type: 'stage.moved' });
    expect(moved.moved).toBe(true);
    expect(moved.you).toMatchObject({ role: 'viewer', token: null });
    const viewer = applyStageFrame(moved, { type: 'stage.you', ...you({ token: 'tok-v2' }) });
    expect(viewer.you?.token).toBe('tok-v2');
    expect(viewer.moved).toBe(true);
    expect(applyStageFrame(viewer, { type: 'stage.you', ...you({ role: 'speaker', token: 'tok-s2' }) }).moved).toBe(false);
  });

  it('ends: no token, no live stage, until it is live again', () => {
    const ended = applyStageFrame(state({ role: 'speaker', token: 'tok-s' }), { type: 'stage.ended' });
    expect(ended.ended).toBe(true);
    expect(ended.you?.token).toBeNull();
    expect(ended.stage?.live).toBe(false);
    expect(applyStageFrame(ended, { type: 'stage.state', ...live, live: false }).ended).toBe(true);
    expect(applyStageFrame(ended, { type: 'stage.state', ...live }).ended).toBe(false);
  });

  it('says when the room is full, and forgets it with a new token', () => {
    const full = applyStageFrame(state(), { type: 'error', error: 'full', detail: 'The room holds 50.', overflowUrl: '/e/c/main' });
    expect(full.full).toEqual({ detail: 'The room holds 50.', overflowUrl: '/e/c/main' });
    expect(applyStageFrame(full, { type: 'stage.you', ...you() }).full).not.toBeNull();
    expect(applyStageFrame(full, { type: 'stage.you', ...you({ token: 'tok-new' }) }).full).toBeNull();
    expect(applyStageFrame(state(), { type: 'error', error: 'stage_forbidden', detail: 'Only the host may.' }).error).toBe('Only the host may.');
  });
});

describe('who sees which control', () => {
  it('a viewer raises or lowers a hand on a live stage', () => {
    expect(controlsFor(state())).toMatchObject({ hand: 'raise', start: false, answer: false, stepDown: false, moderate: false,
      microphone: false });
    expect(controlsFor(state({ hand: true })).hand).toBe('lower');
    expect(controlsFor(state({}, { ...live, live: false })).hand).toBeNull();
  });

  it('an invited viewer answers instead', () => {
    const c = controlsFor(applyStageFrame(state(), { type: 'stage.invited' }));
    expect(c.answer).toBe(true);
    expect(c.hand).toBeNull();
  });

  it('someone who may host starts a stage that is not live', () => {
    expect(controlsFor(state({ leads: true, token: null }, { ...live, live: false })).start).toBe(true);
    expect(controlsFor(state({ leads: true, role: 'host' })).start).toBe(false);
    expect(controlsFor(state({ leads: false }, { ...live, live: false })).start).toBe(false);
  });

  it('a speaker steps down and mutes; the host moderates', () => {
    expect(controlsFor(state({ role: 'speaker' }))).toMatchObject({ stepDown: true, microphone: true, moderate: false, hand: null });
    expect(controlsFor(state({ role: 'host' }))).toMatchObject({ stepDown: false, microphone: true, moderate: true });
  });

  it('nobody but the host is moderated, and nobody moderates themselves', () => {
    const host = you({ identity: 'u:1', role: 'host' });
    expect(moderatable(live.speakers[0], host)).toBe(true);
    expect(moderatable(live.speakers[1], host)).toBe(false);
    expect(moderatable(live.speakers[0], you({ identity: 'u:2' }))).toBe(false);
  });

  it('viewers only receive; the others send camera and microphone', () => {
    expect(mediaFor('viewer')).toEqual({ audio: false, video: false });
    expect(mediaFor('speaker')).toEqual({ audio: true, video: true });
  });
});

describe('lists', () => {
  it('puts the host first', () => {
    expect(onStage(live).map((s) => s.name)).toEqual(['Hana', 'Sam']);
    expect(onStage({ ...live, speakers: [] })).toEqual([{ identity: 'u:1', name: 'Hana', muted: false, host: true }]);
  });

  it('names raised hands from the viewer list', () => {
    expect(raisedHands(live)).toEqual([{ identity: 'u:3', name: 'Vic' }, { identity: 'g:9', name: 'g:9' }]);
  });

  it('counts the viewers past the first page', () => {
    expect(moreViewers(live)).toBe(248);
    expect(moreViewers({ ...live, viewers: { first: [], total: 0 } })).toBe(0);
  });
});
