// Which of a stage's playback sources this browser plays, best first.
import type { PlaybackSource } from './types';
import { canPlayFlv } from './flv';
import { canPlayHls } from './hls';

/**
 * The source types this page can play, in order of preference: low-latency HLS (about 2 s behind,
 * natively on Safari and iOS, with hls.js elsewhere), HTTP-FLV (lowest latency, only where Media
 * Source Extensions exist; the viewer may choose it), then plain HLS.
 */
export function playable(flv: boolean, hls = true): string[] {
  return ['iframe', ...(hls ? ['ll-hls'] : []), ...(flv ? ['http-flv'] : []), ...(hls ? ['hls'] : [])];
}

/** The sources this browser can play, best first. */
export function pickSources(sources: PlaybackSource[], flv = canPlayFlv(), hls = canPlayHls()): PlaybackSource[] {
  return playable(flv, hls).flatMap((type) => sources.filter((s) => s.type === type && typeof s.url === 'string'));
}

export function pickSource(sources: PlaybackSource[], flv = canPlayFlv(), hls = canPlayHls()): PlaybackSource | undefined {
  return pickSources(sources, flv, hls)[0];
}

/** What the viewer may choose between: low latency through LL-HLS, or the lowest through HTTP-FLV. */
export function latencyChoices(sources: PlaybackSource[]): PlaybackSource[] {
  return sources.filter((s) => s.type === 'll-hls' || s.type === 'http-flv');
}

/** How a source is named to viewers. */
export function sourceLabel(type: string): string {
  return type === 'll-hls' ? 'Low latency' : type === 'http-flv' ? 'Lowest latency (HTTP-FLV)' : 'Compatible (HLS)';
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
