// HLS and low-latency HLS in a <video>: with hls.js (loaded only when needed; low-latency mode on:
// blocking playlist reloads and parts), natively only where Media Source Extensions are missing.
import { lastEnd, secondsBehind, type PlaybackHandle } from './liveEdge';
import { AUTO, levelChoices } from './quality';

/** Whether this browser plays HLS at all: natively, or through Media Source Extensions with hls.js. */
export function canPlayHls(): boolean {
  const probe = typeof document === 'undefined' ? null : document.createElement('video');
  if (probe?.canPlayType('application/vnd.apple.mpegurl')) return true;
  const mse = (globalThis as { MediaSource?: { isTypeSupported(t: string): boolean } }).MediaSource;
  return !!mse && mse.isTypeSupported('video/mp4; codecs="avc1.42E01E,mp4a.40.2"');
}

let library: Promise<typeof import('hls.js/light')> | null = null;

/** hls.js, fetched once, on first use: players started at once share the one import. */
function loadHls() {
  library ??= import('hls.js/light');
  return library;
}

/** What a player attached after its page moved on resolves with: it never touched the element. */
const DETACHED: PlaybackHandle = { stop: () => undefined, behind: () => null, goLive: () => undefined };

/**
 * Starts playing the playlist in the element; resolves with what the page may ask of the player.
 * Once `signal` is aborted (the page plays another address in the same element), it attaches nothing:
 * a player created after that and destroyed at once would reset the element under the one that
 * replaced it (hls.js's detach empties the element's source), which then loads playlists forever and
 * never a segment.
 * hls.js wherever Media Source Extensions exist (it follows low-latency HLS: blocking reloads, parts,
 * catching up), the browser's own player only where they do not (older iPhones): some browsers play
 * HLS natively but ignore its low-latency parts, which leaves the viewer seconds further behind.
 */
export async function attachHls(video: HTMLVideoElement, url: string, onError: (m: string) => void,
  signal?: AbortSignal): Promise<PlaybackHandle> {
  const { default: Hls } = await loadHls();
  if (signal?.aborted) return DETACHED;
  if (!Hls.isSupported()) {
    if (video.canPlayType('application/vnd.apple.mpegurl')) return attachNative(video, url);
    onError('This browser cannot play the stream.');
    return DETACHED;
  }
  // Low-latency mode follows the playlist's PART-HOLD-BACK; after a stall it catches up by playing up to
  // 1.5× faster instead of staying behind.
  const hls = new Hls({ lowLatencyMode: true, backBufferLength: 30, maxLiveSyncPlaybackRate: 1.5 });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (data.fatal) onError('The stream could not be loaded; it may not have started yet.');
  });
  hls.loadSource(url);
  hls.attachMedia(video);
  video.play().catch(() => undefined);
  return {
    stop: () => hls.destroy(),
    behind: () => (Number.isFinite(hls.latency) && hls.latency > 0 ? hls.latency : null),
    goLive: () => {
      const live = hls.liveSyncPosition;
      if (live !== null && Number.isFinite(live)) video.currentTime = live;
    },
    // A multivariant playlist (a stage with an adaptive-bitrate ladder) has several levels: on Auto
    // hls.js picks by the measured bandwidth; a chosen level is switched to at once.
    qualities: () => levelChoices(hls.levels ?? []),
    quality: () => (hls.autoLevelEnabled ? AUTO : hls.currentLevel),
    chooseQuality: (id: number) => {
      hls.currentLevel = id;
    },
  };
}

/** The browser's own HLS player (Safari on iPhones without Media Source Extensions). */
function attachNative(video: HTMLVideoElement, url: string): PlaybackHandle {
  video.src = url;
  video.play().catch(() => undefined);
  return {
    stop: () => video.removeAttribute('src'),
    behind: () => secondsBehind(lastEnd(video.seekable), video.currentTime),
    goLive: () => {
      const edge = lastEnd(video.seekable);
      if (edge !== null) video.currentTime = Math.max(0, edge - 1);
    },
  };
}

/**
 * Plays a finished recording (a VOD playlist) from its start, seekable end to end: hls.js without its
 * low-latency catching up, or the browser's own player where Media Source Extensions are missing.
 * Resolves with the function that stops it; attaches nothing once `signal` is aborted (see attachHls).
 */
export async function attachVod(video: HTMLVideoElement, url: string, onError: (m: string) => void,
  signal?: AbortSignal): Promise<() => void> {
  const { default: Hls } = await loadHls();
  if (signal?.aborted) return () => undefined;
  if (!Hls.isSupported()) {
    if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = url;
      video.play().catch(() => undefined);
      return () => video.removeAttribute('src');
    }
    onError('This browser cannot play the replay.');
    return () => undefined;
  }
  const hls = new Hls({ lowLatencyMode: false, startPosition: 0 });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (data.fatal) onError('The replay could not be loaded; reload the page to try again.');
  });
  hls.loadSource(url);
  hls.attachMedia(video);
  video.play().catch(() => undefined);
  return () => hls.destroy();
}
