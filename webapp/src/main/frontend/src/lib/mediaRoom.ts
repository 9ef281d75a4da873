// The video room as the stage page sees it: a small contract the Twilio adapter (twilioRoom.ts)
// implements, so the components and their logic work, and are tested, without the SDK.

/** One person in the room with the tracks this browser has of them (ids change when a track does). */
export interface Feed {
  identity: string;
  local: boolean;
  video: string | null;
  audio: string | null;
  /** Their microphone is on (for me: not muted). */
  audioOn: boolean;
}

export type RoomEvent =
  | { type: 'changed' }
  | { type: 'reconnecting' }
  | { type: 'reconnected' }
  /** The browser would not start a remote audio element without a click. */
  | { type: 'audioBlocked' }
  | { type: 'disconnected'; code?: number; message?: string };

/** A device the browser (or the person) refused us. */
export type Device = 'camera' | 'microphone';

export interface MediaRoom {
  /** The devices asked for but not given: joined without them. */
  readonly denied: Device[];
  /** Me first, then the others in the order they came. */
  feeds(): Feed[];
  /** Listens to the room; returns the function that stops listening. */
  on(listener: (event: RoomEvent) => void): () => void;
  /** Plays a person's audio or video track inside the element; returns the function that removes it. */
  attach(identity: string, kind: 'audio' | 'video', into: HTMLElement): () => void;
  setMuted(muted: boolean): void;
  /** Starts or stops sending my camera (asks for it when starting). */
  setCamera(on: boolean): Promise<void>;
  /** Plays the audio the browser blocked (call from a click). */
  resumeAudio(): void;
  disconnect(): void;
}

export interface MediaWanted {
  audio: boolean;
  video: boolean;
}

export type ConnectRoom = (token: string, room: string, media: MediaWanted) => Promise<MediaRoom>;

/** Twilio's error code when a room has no seat left (RoomMaxParticipantsExceededError). */
export const ROOM_FULL = 53105;
