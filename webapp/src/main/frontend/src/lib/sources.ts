// Which of a stage's playback sources this browser plays, best first.
import type { PlaybackSource } from './types';
import { canPlayFlv } from './flv';

/**
 * The source types this page can play, in order of preference: HTTP-FLV (lowest latency) only where
 * Media Source Extensions exist, else HLS (native on Safari, hls.js elsewhere).
 */
export function playable(flv: boolean): string[] {
  return flv ? ['iframe', 'http-flv', 'hls'] : ['iframe', 'hls'];
}

/** The sources this browser can play, best first. */
export function pickSources(sources: PlaybackSource[], flv = canPlayFlv()): PlaybackSource[] {
  return playable(flv).flatMap((type) => sources.filter((s) => s.type === type && typeof s.url === 'string'));
}

export function pickSource(sources: PlaybackSource[], flv = canPlayFlv()): PlaybackSource | undefined {
  return pickSources(sources, flv)[0];
}
