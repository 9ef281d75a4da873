// HTTP-FLV in a <video> through Media Source Extensions, with mpegts.js loaded only when needed.
import { lastEnd, secondsBehind, type PlaybackHandle } from './liveEdge';

/** Whether this browser has what mpegts.js needs (Media Source Extensions with H.264). */
export function canPlayFlv(): boolean {
  const mse = (globalThis as { MediaSource?: { isTypeSupported(t: string): boolean } }).MediaSource;
  return !!mse && mse.isTypeSupported('video/mp4; codecs="avc1.42E01E,mp4a.40.2"');
}

const DETACHED: PlaybackHandle = { stop: () => undefined, behind: () => null, goLive: () => undefined };

/**
 * Starts playing the FLV stream in the element; resolves with what the page may ask of the player.
 * Attaches nothing once `signal` is aborted (the page moved on to another address in the same element).
 */
export async function attachFlv(video: HTMLVideoElement, url: string, onError: (m: string) => void,
  signal?: AbortSignal): Promise<PlaybackHandle> {
  const { default: mpegts } = await import('mpegts.js');
  if (signal?.aborted) return DETACHED;
  if (!mpegts.getFeatureList().mseLivePlayback) {
    onError('This browser cannot play the stream.');
    return DETACHED;
  }
  // A new player starts at the last keyframe, up to a GOP behind, and stayed wherever that was (0.8 to
  // 1.2 s behind the camera in bench/latency.sh). More than 0.8 s buffered: play 1.2× until 0.5 s are
  // left; more than 3 s (after a stall): jump.
  const player = mpegts.createPlayer({ type: 'flv', isLive: true, url }, {
    enableStashBuffer: false,
    liveSync: true,
    liveSyncMaxLatency: 0.8,
    liveSyncTargetLatency: 0.5,
    liveSyncPlaybackRate: 1.2,
    liveBufferLatencyChasing: true,
    liveBufferLatencyMaxLatency: 3,
    liveBufferLatencyMinRemain: 0.5,
  });
  player.on(mpegts.Events.ERROR, () => onError('The stream stopped or could not be loaded.'));
  player.attachMediaElement(video);
  player.load();
  Promise.resolve(player.play()).catch(() => undefined);
  return {
    stop: () => {
      player.pause();
      player.unload();
      player.detachMediaElement();
      player.destroy();
    },
    behind: () => secondsBehind(lastEnd(video.buffered), video.currentTime),
    goLive: () => {
      const edge = lastEnd(video.buffered);
      if (edge !== null) video.currentTime = Math.max(0, edge - 0.3);
    },
  };
}
