// How far behind live a <video> plays, and how to catch up: the same for every kind of player.
import type { Quality } from './quality';

/** What an attached player offers the page besides playing. */
export interface PlaybackHandle {
  /** Stops playing and frees the player. */
  stop: () => void;
  /** Seconds behind the live edge now, or null while that is not known. */
  behind: () => number | null;
  /** Jumps to the live edge (as close as the player can play without stalling). */
  goLive: () => void;
  /** The qualities the viewer may choose between (HLS levels), none when there is one. */
  qualities?: () => Quality[];
  /** The quality chosen, {@link AUTO} while the player follows the bandwidth. */
  quality?: () => number;
  /** Plays the chosen quality from now on; {@link AUTO} hands the choice back to the player. */
  chooseQuality?: (id: number) => void;
}

/** Seconds between a live edge and the position played, or null when either is unknown. */
export function secondsBehind(edge: number | null | undefined, position: number): number | null {
  if (edge === null || edge === undefined || !Number.isFinite(edge) || !Number.isFinite(position)) return null;
  return Math.max(0, edge - position);
}

/** The end of the last range (seekable or buffered), or null when there is none. */
export function lastEnd(ranges: TimeRanges | undefined): number | null {
  return ranges && ranges.length > 0 ? ranges.end(ranges.length - 1) : null;
}

/** When the page offers "go live": well behind what the player aims at (LL-HLS ~2 s, HTTP-FLV ~1 s). */
export function farBehind(seconds: number | null, type: string): boolean {
  if (seconds === null) return false;
  return seconds > (type === 'http-flv' ? 3 : 5);
}

/** "2.1 s behind live", for the indicator. */
export function describeBehind(seconds: number | null): string {
  if (seconds === null) return '';
  return seconds < 0.5 ? 'Live' : `${seconds.toFixed(1)} s behind live`;
}
