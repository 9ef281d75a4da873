// The MediaRoom contract on the twilio-video browser SDK, which is loaded only when a page first
// connects to a room (its own chunk, about 90 KB gzipped).
import type * as TwilioVideo from 'twilio-video';
import type { ConnectRoom, Device, Feed, MediaRoom, MediaWanted, RoomEvent } from './mediaRoom';

type Video = typeof TwilioVideo;
type LocalMedia = TwilioVideo.LocalAudioTrack | TwilioVideo.LocalVideoTrack;

const CAMERA = { width: 640, height: 360, frameRate: 24 };

/** Room events after which the feeds may differ (audio and video fire each: feeds() is read again, so twice is harmless). */
const CHANGES = ['participantConnected', 'participantDisconnected', 'trackSubscribed', 'trackUnsubscribed',
  'trackEnabled', 'trackDisabled', 'trackSwitchedOff', 'trackSwitchedOn'] as const;

export const connectTwilio: ConnectRoom = async (token, room, media) => {
  const loaded = await import('twilio-video');
  // The SDK is CommonJS: its exports are the namespace's own properties, or its default.
  const Video = ('connect' in loaded ? loaded : (loaded as { default: Video }).default) as Video;
  const { tracks, denied } = await localTracks(Video, media);
  try {
    const joined = await Video.connect(token, { name: room, tracks, dominantSpeaker: false, networkQuality: false });
    return new TwilioRoom(Video, joined, denied);
  } catch (e) {
    tracks.forEach((t) => t.stop());
    throw e;
  }
};

/** The camera and microphone asked for; when the browser refuses both at once, each on its own. */
async function localTracks(Video: Video, media: MediaWanted): Promise<{ tracks: LocalMedia[]; denied: Device[] }> {
  if (!media.audio && !media.video) return { tracks: [], denied: [] };
  try {
    const tracks = await Video.createLocalTracks({ audio: media.audio, video: media.video && CAMERA });
    return { tracks: tracks.filter((t): t is LocalMedia => t.kind !== 'data'), denied: [] };
  } catch {
    const tracks: LocalMedia[] = [];
    const denied: Device[] = [];
    if (media.audio) await Video.createLocalAudioTrack().then((t) => tracks.push(t), () => denied.push('microphone'));
    if (media.video) await Video.createLocalVideoTrack(CAMERA).then((t) => tracks.push(t), () => denied.push('camera'));
    return { tracks, denied };
  }
}

class TwilioRoom implements MediaRoom {
  private readonly listeners = new Set<(event: RoomEvent) => void>();
  private readonly playing = new Set<HTMLMediaElement>();

  constructor(private readonly Video: Video, private readonly room: TwilioVideo.Room, readonly denied: Device[]) {
    const changed = () => this.emit({ type: 'changed' });
    for (const name of CHANGES) room.on(name as 'trackSubscribed', changed);
    room.on('reconnecting', () => this.emit({ type: 'reconnecting' }));
    room.on('reconnected', () => this.emit({ type: 'reconnected' }));
    room.on('disconnected', (_room, error) => {
      this.stopLocal();
      this.emit({ type: 'disconnected', code: error?.code, message: error?.message });
    });
  }

  feeds(): Feed[] {
    const me = this.room.localParticipant;
    const mine: Feed = { identity: me.identity, local: true, video: firstTrack(me.videoTracks), audio: firstTrack(me.audioTracks),
      audioOn: [...me.audioTracks.values()].some((p) => p.track.isEnabled) };
    const others = [...this.room.participants.values()].map((p): Feed => ({
      identity: p.identity, local: false, video: firstTrack(p.videoTracks), audio: firstTrack(p.audioTracks),
      audioOn: [...p.audioTracks.values()].some((pub) => pub.isTrackEnabled),
    }));
    return [mine, ...others];
  }

  on(listener: (event: RoomEvent) => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  attach(identity: string, kind: 'audio' | 'video', into: HTMLElement): () => void {
    const track = this.track(identity, kind);
    // My own microphone is never played back here (it would echo).
    if (!track || (kind === 'audio' && identity === this.room.localParticipant.identity)) return () => undefined;
    const element = track.attach();
    into.appendChild(element);
    if (kind === 'audio') {
      this.playing.add(element);
      element.play().catch(() => this.emit({ type: 'audioBlocked' }));
    }
    return () => {
      track.detach(element);
      element.remove();
      this.playing.delete(element);
    };
  }

  setMuted(muted: boolean): void {
    this.room.localParticipant.audioTracks.forEach((p) => p.track.enable(!muted));
    this.emit({ type: 'changed' });
  }

  async setCamera(on: boolean): Promise<void> {
    const me = this.room.localParticipant;
    if (on && me.videoTracks.size === 0) {
      await me.publishTrack(await this.Video.createLocalVideoTrack(CAMERA));
    } else if (!on) {
      me.videoTracks.forEach((p) => { p.unpublish(); p.track.stop(); });
    }
    this.emit({ type: 'changed' });
  }

  resumeAudio(): void {
    this.playing.forEach((element) => { element.play().catch(() => undefined); });
  }

  disconnect(): void {
    this.listeners.clear();
    this.room.disconnect();
    this.stopLocal();
  }

  private track(identity: string, kind: 'audio' | 'video'): TwilioVideo.AudioTrack | TwilioVideo.VideoTrack | null {
    const me = this.room.localParticipant;
    if (me.identity === identity) {
      const pub = [...(kind === 'audio' ? me.audioTracks : me.videoTracks).values()][0];
      return pub?.track ?? null;
    }
    const p = [...this.room.participants.values()].find((x) => x.identity === identity);
    const pubs = p ? [...(kind === 'audio' ? p.audioTracks : p.videoTracks).values()] : [];
    return pubs.find((pub) => pub.track)?.track ?? null;
  }

  private stopLocal(): void {
    const me = this.room.localParticipant;
    me.audioTracks.forEach((p) => p.track.stop());
    me.videoTracks.forEach((p) => p.track.stop());
  }

  private emit(event: RoomEvent): void {
    this.listeners.forEach((l) => l(event));
  }
}

/** The id of the first track of these publications that this browser has (remote: subscribed). */
function firstTrack(publications: Map<string, { trackSid: string; track: unknown }>): string | null {
  for (const p of publications.values()) if (p.track) return p.trackSid;
  return null;
}
