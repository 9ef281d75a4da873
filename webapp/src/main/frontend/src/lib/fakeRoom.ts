// For tests: a video room that records what the page does with it, and a connect function whose
// calls the test answers (joined, full, failed) when it wants to.
import type { ConnectRoom, Device, Feed, MediaRoom, MediaWanted, RoomEvent } from './mediaRoom';

export class FakeRoom implements MediaRoom {
  denied: Device[] = [];
  muted = false;
  camera: boolean;
  disconnected = false;
  others: Feed[] = [];
  readonly attached: string[] = [];
  private readonly listeners = new Set<(event: RoomEvent) => void>();

  constructor(readonly identity: string, readonly token: string, readonly media: MediaWanted) {
    this.camera = media.video;
  }

  feeds(): Feed[] {
    const me: Feed = { identity: this.identity, local: true, video: this.camera ? 'cam' : null,
      audio: this.media.audio ? 'mic' : null, audioOn: this.media.audio && !this.muted };
    return [me, ...this.others];
  }

  on(listener: (event: RoomEvent) => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  attach(identity: string, kind: 'audio' | 'video'): () => void {
    const what = `${kind}:${identity}`;
    this.attached.push(what);
    return () => { this.attached.splice(this.attached.indexOf(what), 1); };
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.emit({ type: 'changed' });
  }

  async setCamera(on: boolean): Promise<void> {
    this.camera = on;
    this.emit({ type: 'changed' });
  }

  resumeAudio(): void {}

  disconnect(): void {
    this.disconnected = true;
    this.listeners.clear();
  }

  /** Someone else joins with these tracks. */
  join(identity: string, tracks: { video?: boolean; audio?: boolean } = { video: true, audio: true }): void {
    this.others.push({ identity, local: false, video: tracks.video ? 'v-' + identity : null,
      audio: tracks.audio ? 'a-' + identity : null, audioOn: !!tracks.audio });
    this.emit({ type: 'changed' });
  }

  emit(event: RoomEvent): void {
    this.listeners.forEach((l) => l(event));
  }
}

export interface PendingConnect {
  token: string;
  room: string;
  media: MediaWanted;
  /** Answers the call: joined (returns the room), or failed with a Twilio error code. */
  join: () => FakeRoom;
  fail: (code: number, message?: string) => void;
}

/** A connect function for tests, and the calls made to it (oldest first). */
export function fakeConnect(identity = 'me'): { connect: ConnectRoom; calls: PendingConnect[] } {
  const calls: PendingConnect[] = [];
  const connect: ConnectRoom = (token, room, media) => new Promise<MediaRoom>((resolve, reject) => {
    calls.push({
      token, room, media,
      join: () => { const r = new FakeRoom(identity, token, media); resolve(r); return r; },
      fail: (code, message = 'Twilio said no') => reject(Object.assign(new Error(message), { code })),
    });
  });
  return { connect, calls };
}
