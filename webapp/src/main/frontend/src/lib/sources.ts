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

/** A stage whose people meet in a video room (plugin twilio-video): an interactive stage or a party. */
export interface RoomSource {
  type: 'twilio-video';
  room: string;
  mode: 'interactive' | 'party';
  /** Where the audience watches when the room is full (a broadcast of the stage), if anywhere. */
  overflowUrl?: string;
}

/** The video room source among a stage's sources, if it has one. */
export function roomSource(sources: PlaybackSource[]): RoomSource | undefined {
  const s = sources.find((x) => x.type === 'twilio-video' && typeof x.room === 'string');
  if (!s) return undefined;
  return { type: 'twilio-video', room: s.room as string, mode: s.mode === 'party' ? 'party' : 'interactive',
    overflowUrl: webAddress(s.overflowUrl) };
}

/** An address the page may link to: http(s) or a path on this site; anything else (javascript:…) is dropped. */
export function webAddress(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^https?:\/\//i.test(value) || /^\/(?!\/)/.test(value) ? value : undefined;
}
