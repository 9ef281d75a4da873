// Adaptive bitrate in the console: the shapes of GET/PUT /stages/{id}/transcode and of its estimate, a
// starting ladder, and the one-line wording of the transcoder's state.
export interface RenditionRow { name: string; height: number; videoKbps: number; audioKbps: number; live?: boolean }
export interface TranscoderStatus {
  state: 'idle' | 'starting' | 'running' | 'retrying' | 'stopped';
  since: string | null;
  restarts: number;
  lastError: string | null;
  cpuPercent: number | null;
}
export interface Transcode {
  enabled: boolean;
  encoder: string;
  preset: string;
  renditions: RenditionRow[];
  maxRenditions: number;
  ffmpeg: { available: boolean; reason: string | null };
  status: TranscoderStatus;
}
export interface Estimate {
  reference: string;
  decodePercent: number;
  renditions: Array<{ name: string; cpuPercent: number }>;
  totalPercent: number;
  cores: number;
}

export const PRESETS = ['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium'];

/** A ladder for a 1080p source, for a stage that has none yet. */
export const STARTING_LADDER: RenditionRow[] = [
  { name: '720p', height: 720, videoKbps: 2500, audioKbps: 128 },
  { name: '480p', height: 480, videoKbps: 1200, audioKbps: 96 },
  { name: '360p', height: 360, videoKbps: 700, audioKbps: 96 },
];

/** The next rung below the lowest one: half the bitrate, two thirds of the height (even). */
export function nextRung(rows: RenditionRow[]): RenditionRow {
  const low = rows[rows.length - 1];
  if (!low) return { ...STARTING_LADDER[0] };
  const height = Math.max(144, Math.round((low.height * 2) / 3 / 2) * 2);
  return { name: `${height}p`, height, videoKbps: Math.max(100, Math.round(low.videoKbps / 2)), audioKbps: 64 };
}

/** One line on the transcoder, for people. */
export function describeTranscoder(t: Transcode): string {
  const s = t.status;
  const cpu = s.cpuPercent === null ? '' : ` · ${s.cpuPercent.toFixed(1)} % of a core`;
  const restarts = s.restarts > 0 ? ` · started again ${s.restarts}×` : '';
  switch (s.state) {
    case 'running': return `Running${cpu}${restarts}`;
    case 'starting': return 'Starting…';
    case 'retrying': return `Restarting${s.lastError ? `: ${s.lastError}` : ''}`;
    default: return t.enabled ? 'On: starts when the stage is live' : 'Off';
  }
}

/** The estimate in words: per rendition, decoding, total against the server's cores. */
export function describeEstimate(e: Estimate): string {
  const each = e.renditions.map((r) => `${r.name} ${r.cpuPercent.toFixed(1)} %`).join(', ');
  return `${each}; decoding the source ${e.decodePercent.toFixed(1)} %; total ${e.totalPercent.toFixed(1)} % `
    + `of one core (the server has ${e.cores} cores = ${e.cores * 100} %), measured on a ${e.reference} clip.`;
}
