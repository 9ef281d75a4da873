// An interactive stage (plugin twilio-video, mode "interactive"): the state the page keeps from the
// stage.* frames of the stage socket, and who sees which control. Roles as in the seed's matrix:
// the host runs the stage, speakers are seen and heard, viewers watch and may raise a hand.

export interface Person {
  identity: string;
  name: string;
}

export interface Speaker extends Person {
  muted: boolean;
  host: boolean;
}

export interface Viewer extends Person {
  hand: boolean;
}

export type Role = 'host' | 'speaker' | 'viewer';

/** stage.state: what everyone on the stage page sees. */
export interface StageView {
  live: boolean;
  host: Person | null;
  speakers: Speaker[];
  /** The first viewers (at most 100) and how many there are in all. */
  viewers: { first: Viewer[]; total: number };
  /** Identities of the viewers with a raised hand. */
  hands: string[];
}

/** stage.you: this person's role and, when they may join the video room, a token for it. */
export interface You {
  identity: string;
  role: Role;
  token: string | null;
  room: string;
  invited: boolean;
  hand: boolean;
  leads: boolean;
}

/** Past the video room's capacity: what the server said, and where else to watch. */
export interface Full {
  detail: string;
  overflowUrl?: string;
}

export type StageFrame =
  | ({ type: 'stage.state' } & StageView)
  | ({ type: 'stage.you' } & You)
  | { type: 'stage.invited' | 'stage.muted' | 'stage.moved' | 'stage.ended' }
  | { type: 'error'; error: string; detail?: string; overflowUrl?: string };

export interface InteractiveState {
  stage: StageView | null;
  you: You | null;
  /** The host invited me on stage and I have not answered yet. */
  invited: boolean;
  /** The host muted me (shown until I unmute or leave the stage). */
  mutedByHost: boolean;
  /** How many times the host muted me: each time, the page mutes my microphone. */
  mutes: number;
  /** The host moved me back to the viewers (shown until I am on stage again). */
  moved: boolean;
  ended: boolean;
  full: Full | null;
  error: string | null;
}

export const noStage: InteractiveState = {
  stage: null, you: null, invited: false, mutedByHost: false, mutes: 0, moved: false, ended: false, full: null, error: null,
};

/** The state after a frame from the socket. */
export function applyStageFrame(s: InteractiveState, frame: StageFrame): InteractiveState {
  switch (frame.type) {
    case 'stage.state': {
      const { type: _type, ...stage } = frame;
      return { ...s, stage, ended: stage.live ? false : s.ended };
    }
    case 'stage.you': {
      const { type: _type, ...you } = frame;
      const onStage = you.role !== 'viewer';
      return { ...s, you, invited: you.role === 'viewer' && you.invited, error: null,
        mutedByHost: onStage && s.you?.role !== 'viewer' ? s.mutedByHost : false,
        moved: onStage ? false : s.moved, full: you.token && you.token !== s.you?.token ? null : s.full };
    }
    case 'stage.invited':
      return { ...s, invited: true };
    case 'stage.muted':
      return { ...s, mutedByHost: true, mutes: s.mutes + 1 };
    case 'stage.moved':
      // The server has taken me out of the room; a stage.you with a viewer token follows.
      return { ...s, moved: true, mutedByHost: false, you: s.you && { ...s.you, role: 'viewer', token: null } };
    case 'stage.ended':
      return { ...s, ended: true, invited: false, mutedByHost: false,
        stage: s.stage && { ...s.stage, live: false }, you: s.you && { ...s.you, token: null, hand: false } };
    case 'error':
      if (frame.error === 'full') return { ...s, full: { detail: frame.detail ?? '', overflowUrl: frame.overflowUrl } };
      return { ...s, error: frame.detail || frame.error };
    default:
      return s;
  }
}

/** The speakers on stage, the host first (added from stage.state's host when the list misses them). */
export function onStage(stage: StageView): Speaker[] {
  const host = stage.speakers.filter((p) => p.host || p.identity === stage.host?.identity);
  const others = stage.speakers.filter((p) => !host.includes(p));
  if (host.length === 0 && stage.host) host.push({ ...stage.host, muted: false, host: true });
  return [...host, ...others];
}

/** The raised hands with names (from the viewer list, else the identity itself). */
export function raisedHands(stage: StageView): Person[] {
  const names = new Map(stage.viewers.first.map((v) => [v.identity, v.name]));
  return stage.hands.map((identity) => ({ identity, name: names.get(identity) ?? identity }));
}

/** Viewers not in the first page of the list. */
export function moreViewers(stage: StageView): number {
  return Math.max(0, stage.viewers.total - stage.viewers.first.length);
}

export interface StageControls {
  /** "Start the stage": someone who may host, while it is not live. */
  start: boolean;
  /** A viewer's hand toggle on a live stage: what the button does. */
  hand: 'raise' | 'lower' | null;
  /** Accept / Decline an invitation to speak. */
  answer: boolean;
  /** A speaker's "Step down". */
  stepDown: boolean;
  /** The host: invite raised hands, mute and move speakers, end the stage by leaving. */
  moderate: boolean;
  /** Mute / unmute my own microphone: whoever is seen and heard. */
  microphone: boolean;
}

/** Who sees which button. */
export function controlsFor(s: InteractiveState): StageControls {
  const role = s.you?.role ?? null;
  const live = !!s.stage?.live && !s.ended;
  return {
    start: !!s.you?.leads && !live,
    hand: role === 'viewer' && live && !s.invited ? (s.you?.hand ? 'lower' : 'raise') : null,
    answer: role === 'viewer' && live && s.invited,
    stepDown: role === 'speaker' && live,
    moderate: role === 'host' && live,
    microphone: (role === 'host' || role === 'speaker') && live,
  };
}

/** Whether a speaker may be muted or moved by the host: anyone on stage but the host. */
export function moderatable(speaker: Speaker, you: You | null): boolean {
  return !speaker.host && speaker.identity !== you?.identity;
}

/** What to connect to the video room with: speakers and the host send, viewers only receive. */
export function mediaFor(role: Role): { audio: boolean; video: boolean } {
  return role === 'viewer' ? { audio: false, video: false } : { audio: true, video: true };
}
