// The qualities a viewer may choose between: the levels of an HLS multivariant playlist (source and
// the stage's transcoded renditions, hls.js picks one by bandwidth on "Auto"), or the HTTP-FLV source
// and its renditions (one connection each, so the page switches the address).
import type { PlaybackSource } from './types';
import { webAddress } from './sources';

/** A choice in the quality menu; {@link AUTO} lets the player follow the viewer's bandwidth. */
export interface Quality {
  id: number;
  label: string;
}

export const AUTO = -1;

/** What hls.js says of a level (a variant of the multivariant playlist). */
export interface LevelInfo {
  height?: number;
  bitrate?: number;
}

/** "720p", or "700 kbit/s" for a level without a resolution. */
export function levelLabel(level: LevelInfo): string {
  if (level.height && level.height > 0) return `${level.height}p`;
  return level.bitrate && level.bitrate > 0 ? `${Math.round(level.bitrate / 1000)} kbit/s` : 'Level';
}

/**
 * Auto first, then each level from the highest down; none when there is only one level to play (a
 * stage without a ladder), so the page shows no menu. Ids are hls.js level indexes.
 */
export function levelChoices(levels: LevelInfo[]): Quality[] {
  if (levels.length < 2) return [];
  const order = levels.map((level, id) => ({ id, level }))
    .sort((a, b) => (b.level.height ?? 0) - (a.level.height ?? 0) || (b.level.bitrate ?? 0) - (a.level.bitrate ?? 0));
  return [{ id: AUTO, label: 'Auto' }, ...order.map(({ id, level }) => ({ id, label: levelLabel(level) }))];
}

/** An HTTP-FLV address to play: the source, or one of the stage's renditions. */
export interface FlvChoice {
  name: string;
  url: string;
}

/**
 * The source and the renditions an HTTP-FLV playback source offers ({"url", "renditions": {"360p": url}}),
 * dropping anything that is not a web address; none when it offers only the source.
 */
export function flvChoices(source: PlaybackSource): FlvChoice[] {
  const own = webAddress(source.url);
  const renditions = source.renditions;
  if (!own || typeof renditions !== 'object' || renditions === null) return [];
  const lower = Object.entries(renditions as Record<string, unknown>)
    .flatMap(([name, url]) => (webAddress(url) ? [{ name, url: webAddress(url) as string }] : []));
  return lower.length === 0 ? [] : [{ name: 'Source', url: own }, ...lower];
}
