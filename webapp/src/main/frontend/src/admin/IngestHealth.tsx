// The incoming stream of an rtmp stage as the server measures it, next to the live stats: what the
// encoder should change (each warning with its one-line OBS fix), the video and audio format, and the
// last five minutes of bitrate, frame rate and dropped frames as small graphs. Polls while the tab is open.
import { useEffect, useState } from 'preact/hooks';
import { get } from '../lib/api';
import { sparkline } from './sparkline';
import { useEvery } from './useEvery';

interface Warning { code: string; message: string; fix: string }
interface Sample { at: string; bitrate: number; fps: number; dropped: number }
interface Video { codec: string; width: number; height: number; fps: number; keyframeInterval: number | null; bFrames: boolean }
interface Audio { codec: string; sampleRate: number; channels: number }
export interface IngestReport {
  live: boolean; video: Video | null; audio: Audio | null; bitrate: number; warnings: Warning[]; history: Sample[];
}

const REFRESH_MS = 3000;

export function IngestHealth({ stageId }: { stageId: number }) {
  const [report, setReport] = useState<IngestReport | null>(null);
  const load = () => { get<IngestReport>(`/stages/${stageId}/ingest`).then(setReport).catch(() => undefined); };
  useEffect(load, [stageId]);
  useEvery(REFRESH_MS, true, load);
  if (!report || !report.live) return null;
  return (
    <div class="ingest-health">
      <h4 id="encoder-coach">Encoder</h4>
      {report.warnings.length > 0 ? (
        <ul id="ingest-warnings" class="ingest-warnings" aria-label="Encoder warnings">
          {report.warnings.map((w) => (
            <li key={w.code} data-code={w.code}>
              <strong>{w.message}</strong>
              <span class="fix">Fix: {w.fix}</span>
            </li>
          ))}
        </ul>
      ) : <p id="ingest-warnings" class="muted">The encoder settings look right.</p>}
      <dl class="ingest-format">
        {report.video && <><dt>Video</dt><dd>{videoText(report.video)}</dd></>}
        {report.audio && <><dt>Audio</dt><dd>{audioText(report.audio)}</dd></>}
      </dl>
      {report.history.length >= 2 && (
        <div class="ingest-graphs" aria-label="The last five minutes">
          <Graph label="Bitrate" unit="kbps" values={report.history.map((s) => Math.round(s.bitrate / 1000))} />
          <Graph label="Frame rate" unit="fps" values={report.history.map((s) => s.fps)} />
          <Graph label="Dropped frames" unit="" values={report.history.map((s) => s.dropped)} />
        </div>
      )}
    </div>
  );
}

function Graph({ label, unit, values }: { label: string; unit: string; values: number[] }) {
  const latest = values[values.length - 1];
  return (
    <figure class="sparkline">
      <svg viewBox="0 0 120 24" width="120" height="24" role="img" aria-label={`${label} over the last minutes, now ${latest} ${unit}`}>
        <polyline points={sparkline(values, 120, 22)} fill="none" stroke="currentColor" stroke-width="1.5"
          transform="translate(0 1)" />
      </svg>
      <figcaption>{label}: {latest}{unit ? ` ${unit}` : ''}</figcaption>
    </figure>
  );
}

function videoText(v: Video): string {
  const size = v.width > 0 ? ` ${v.width}x${v.height}` : '';
  const keyframes = v.keyframeInterval != null ? `, keyframe every ${v.keyframeInterval} s` : '';
  return `${v.codec}${size}, ${v.fps} fps${keyframes}${v.bFrames ? ', B-frames' : ''}`;
}

function audioText(a: Audio): string {
  const rate = a.sampleRate > 0 ? ` ${a.sampleRate / 1000} kHz` : '';
  const channels = a.channels === 1 ? ', mono' : a.channels === 2 ? ', stereo' : a.channels > 2 ? `, ${a.channels} channels` : '';
  return `${a.codec}${rate}${channels}`;
}
