// A party (plugin twilio-video, mode "party"): the state the page keeps from the party.* frames, the
// "whose video" choice, and who sees which control. The first to arrive is the DJ; everyone may share
// video and picks whose video to watch; Marquee sends Twilio the whole set each time, since
// subscribe rules are stateless. A private party admits only invited people (the DJ invites those who
// knock).
import type { Full, Person } from './interactive';

export interface Guest extends Person {
  sharing: boolean;
}

/** party.state */
export interface PartyView {
  dj: Person | null;
  people: Guest[];
  private: boolean;
  /** People at the door of a private party (those who knocked are shown to the DJ), also told one by one as party.knocked. */
  waiting?: (Person & { knocked?: boolean })[];
}

/** party.you: a token when I am in (always, for a public party; once invited, for a private one). */
export interface PartyYou {
  identity: string;
  token: string | null;
  room: string;
  dj: boolean;
  watching: string[];
}

export type PartyFrame =
  | ({ type: 'party.state' } & PartyView)
  | ({ type: 'party.you' } & PartyYou)
  | ({ type: 'party.knocked' } & Person)
  | { type: 'error'; error: string; detail?: string; overflowUrl?: string };

export interface PartyState {
  party: PartyView | null;
  you: PartyYou | null;
  /** Whose video I chose to watch. */
  watching: string[];
  knocks: Person[];
  /** I knocked and wait to be let in. */
  knocked: boolean;
  full: Full | null;
  error: string | null;
}

export const noParty: PartyState = { party: null, you: null, watching: [], knocks: [], knocked: false, full: null, error: null };

export function applyPartyFrame(s: PartyState, frame: PartyFrame): PartyState {
  switch (frame.type) {
    case 'party.state': {
      const { type: _type, ...party } = frame;
      const inside = new Set(party.people.map((p) => p.identity));
      const waiting = party.waiting?.filter((w) => w.knocked).map(({ identity, name }) => ({ identity, name }));
      const knocks = (waiting ?? s.knocks).filter((k) => !inside.has(k.identity));
      return { ...s, party, knocks };
    }
    case 'party.you': {
      const { type: _type, ...you } = frame;
      return { ...s, you, watching: sorted(you.watching), knocked: you.token ? false : s.knocked, error: null,
        full: you.token && you.token !== s.you?.token ? null : s.full };
    }
    case 'party.knocked':
      if (s.knocks.some((k) => k.identity === frame.identity)) return s;
      return { ...s, knocks: [...s.knocks, { identity: frame.identity, name: frame.name }] };
    case 'error':
      if (frame.error === 'full') return { ...s, full: { detail: frame.detail ?? '', overflowUrl: frame.overflowUrl } };
      return { ...s, error: frame.detail || frame.error };
    default:
      return s;
  }
}

/** The chosen set after ticking (or unticking) one person's box. */
export function toggleWatch(watching: string[], identity: string, on: boolean): string[] {
  const rest = watching.filter((id) => id !== identity);
  return sorted(on ? [...rest, identity] : rest);
}

/** The party.watch frame for a chosen set: the whole set, only people still at the party, never myself. */
export function watchFrame(watching: string[], party: PartyView | null, me: string | null): { type: 'party.watch'; identities: string[] } {
  const present = new Set((party?.people ?? []).map((p) => p.identity));
  return { type: 'party.watch', identities: sorted(watching.filter((id) => id !== me && present.has(id))) };
}

/** The people whose video one may pick: the others who share theirs. */
export function pickable(party: PartyView | null, me: string | null): Guest[] {
  return (party?.people ?? []).filter((p) => p.sharing && p.identity !== me);
}

export interface PartyControls {
  /** I have a token: I am in the room. */
  inside: boolean;
  /** "Knock": a private party I am not invited to. */
  knock: boolean;
  /** "Invite" beside each knocking person: the DJ of a private party. */
  invite: boolean;
  /** "Share my video" and the picker: everyone inside. */
  share: boolean;
}

export function partyControlsFor(s: PartyState): PartyControls {
  const inside = !!s.you?.token;
  const isPrivate = !!s.party?.private;
  return {
    inside,
    knock: isPrivate && !inside && !s.knocked,
    invite: isPrivate && inside && !!s.you?.dj,
    share: inside,
  };
}

function sorted(ids: string[]): string[] {
  return [...new Set(ids)].sort();
}
