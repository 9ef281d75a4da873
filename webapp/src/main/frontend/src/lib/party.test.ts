import { describe, expect, it } from 'vitest';
import { applyPartyFrame, noParty, type PartyFrame, partyControlsFor, type PartyState, type PartyView, type PartyYou, pickable,
  toggleWatch, watchFrame } from './party';

const party: PartyView = {
  dj: { identity: 'u:1', name: 'Dee' },
  people: [{ identity: 'u:1', name: 'Dee', sharing: true }, { identity: 'u:2', name: 'Eli', sharing: false },
    { identity: 'u:3', name: 'Fay', sharing: true }],
  private: false,
};
const you = (over: Partial<PartyYou> = {}): PartyYou => ({
  identity: 'u:3', token: 'tok', room: 'marquee-stage-5', dj: false, watching: ['u:1'], ...over,
});
const run = (...frames: PartyFrame[]): PartyState => frames.reduce(applyPartyFrame, noParty);

describe('party state', () => {
  it('starts watching what the server says', () => {
    const s = run({ type: 'party.state', ...party }, { type: 'party.you', ...you({ watching: ['u:2', 'u:1', 'u:1'] }) });
    expect(s.watching).toEqual(['u:1', 'u:2']);
    expect(s.party?.dj?.name).toBe('Dee');
  });

  it('keeps the people knocking until they are in', () => {
    const knocked = run({ type: 'party.state', ...party, private: true }, { type: 'party.knocked', identity: 'u:9', name: 'Kim' },
      { type: 'party.knocked', identity: 'u:9', name: 'Kim' });
    expect(knocked.knocks).toEqual([{ identity: 'u:9', name: 'Kim' }]);
    const inside = applyPartyFrame(knocked, { type: 'party.state', ...party, private: true,
      people: [...party.people, { identity: 'u:9', name: 'Kim', sharing: false }] });
    expect(inside.knocks).toEqual([]);
    expect(run({ type: 'party.state', ...party, waiting: [{ identity: 'u:8', name: 'Lu', knocked: true }, { identity: 'u:7', name: 'Mo' }] }).knocks).toEqual([{ identity: 'u:8', name: 'Lu' }]);
  });

  it('says when the room is full', () => {
    expect(run({ type: 'error', error: 'full', detail: 'Party full.' }).full).toEqual({ detail: 'Party full.', overflowUrl: undefined });
  });
});

describe('whose video', () => {
  it('adds and removes one person, keeping a sorted set', () => {
    expect(toggleWatch(['u:3'], 'u:1', true)).toEqual(['u:1', 'u:3']);
    expect(toggleWatch(['u:1', 'u:3'], 'u:1', true)).toEqual(['u:1', 'u:3']);
    expect(toggleWatch(['u:1', 'u:3'], 'u:1', false)).toEqual(['u:3']);
  });

  it('sends the whole set each time, of people still there, never myself', () => {
    expect(watchFrame(['u:1', 'u:2', 'u:3', 'u:7'], party, 'u:3')).toEqual({ type: 'party.watch', identities: ['u:1', 'u:2'] });
    expect(watchFrame([], party, 'u:3')).toEqual({ type: 'party.watch', identities: [] });
  });

  it('offers the others who share their video', () => {
    expect(pickable(party, 'u:3').map((p) => p.name)).toEqual(['Dee']);
    expect(pickable(null, 'u:3')).toEqual([]);
  });
});

describe('party controls', () => {
  it('a public party: everyone inside shares and picks', () => {
    expect(partyControlsFor(run({ type: 'party.state', ...party }, { type: 'party.you', ...you() })))
      .toEqual({ inside: true, knock: false, invite: false, share: true });
  });

  it('a private party: outsiders knock, the DJ invites', () => {
    const outside = run({ type: 'party.state', ...party, private: true }, { type: 'party.you', ...you({ token: null }) });
    expect(partyControlsFor(outside)).toMatchObject({ inside: false, knock: true, share: false });
    expect(partyControlsFor({ ...outside, knocked: true }).knock).toBe(false);
    const dj = run({ type: 'party.state', ...party, private: true }, { type: 'party.you', ...you({ identity: 'u:1', dj: true }) });
    expect(partyControlsFor(dj)).toMatchObject({ invite: true, knock: false });
    expect(partyControlsFor(run({ type: 'party.state', ...party }, { type: 'party.you', ...you({ dj: true }) })).invite).toBe(false);
  });

  it('an invitation lets the knocker in', () => {
    const outside = { ...run({ type: 'party.state', ...party, private: true }, { type: 'party.you', ...you({ token: null }) }), knocked: true };
    const inside = applyPartyFrame(outside, { type: 'party.you', ...you() });
    expect(inside.knocked).toBe(false);
    expect(partyControlsFor(inside).inside).toBe(true);
  });
});
