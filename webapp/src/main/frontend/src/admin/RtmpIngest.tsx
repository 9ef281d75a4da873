// An rtmp stage in the console: the server and stream key as OBS asks for them, a way to rotate the
// key, and the live stream's statistics and encoder health, refreshed every few seconds while the form is open.
import { useEffect, useState } from 'preact/hooks';
import { describe, get, post } from '../lib/api';
import type { Stage } from '../lib/types';
import { ConfirmDialog } from './ConfirmDialog';
import { IngestDetails, type Ingest } from './IngestDetails';
import { IngestHealth } from './IngestHealth';

interface Stats { bitrateKbps: number; frameRate: number; resolution?: string; viewers: number; uptimeSeconds: number }
type RtmpStage = Stage & { ingest?: Ingest; stats?: Stats };

const REFRESH_MS = 5000;

export function RtmpIngest({ stage }: { stage: Stage }) {
  const [current, setCurrent] = useState<RtmpStage>(stage as RtmpStage);
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    const timer = setInterval(() => {
      get<RtmpStage>(`/stages/${stage.id}`).then(setCurrent).catch(() => undefined);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [stage.id]);
  const rotate = () => {
    setAsking(false);
    post<{ ingest: Ingest }>(`/stages/${stage.id}/stream-key`)
      .then((r) => {
        setCurrent({ ...current, ingest: r.ingest, stats: undefined });
        setStatus('New stream key made. Put it into OBS: the old one no longer works.');
      })
      .catch((e) => setStatus(describe(e)));
  };
  const { ingest, stats } = current;
  return (
    <section class="card" aria-labelledby="rtmp-ingest">
      <h3 id="rtmp-ingest">Stream from OBS or ffmpeg</h3>
      {ingest && <IngestDetails ingest={ingest} />}
      <p class="muted">Anyone with the key can stream to this stage: keep it secret. In ffmpeg, publish to the
        server followed by <code>/</code> and the key.</p>
      <button type="button" class="danger" onClick={() => setAsking(true)}>New stream key</button>
      {status && <p class="status" role="status">{status}</p>}
      <h4>Live</h4>
      {stats ? (
        <dl id="stream-stats">
          <dt>Bitrate</dt><dd>{stats.bitrateKbps} kbps</dd>
          <dt>Frame rate</dt><dd>{stats.frameRate} fps</dd>
          {stats.resolution && <><dt>Resolution</dt><dd>{stats.resolution}</dd></>}
          <dt>Viewers</dt><dd>{stats.viewers}</dd>
          <dt>On air for</dt><dd>{uptime(stats.uptimeSeconds)}</dd>
        </dl>
      ) : <p class="muted" id="stream-stats">Off air. The stage goes live as soon as a stream arrives with this key.</p>}
      <IngestHealth stageId={stage.id} />
      {asking && <ConfirmDialog title="Make a new stream key?" confirmLabel="Make a new key"
        message="The current key stops working at once and whoever streams with it is cut off."
        onConfirm={rotate} onCancel={() => setAsking(false)} />}
    </section>
  );
}

export function uptime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${s} s` : `${s} s`;
}
