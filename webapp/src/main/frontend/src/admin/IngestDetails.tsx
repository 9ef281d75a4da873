// Where OBS or ffmpeg sends an rtmp stage's stream: the server and the stream key, the key hidden until
// asked for (it is a secret: whoever has it can stream to the stage), each with a copy button.
import { useState } from 'preact/hooks';

export interface Ingest { url: string; streamKey: string }

/** The ingest an rtmp stage's representation carries for organizers, if any. */
export function ingestOf(stage: object): Ingest | null {
  const ingest = (stage as { ingest?: Ingest }).ingest;
  return ingest && typeof ingest.url === 'string' && typeof ingest.streamKey === 'string' ? ingest : null;
}

/** `idSuffix` keeps ids unique when several stages show their ingest on one page. */
export function IngestDetails({ ingest, idSuffix = '', name }: { ingest: Ingest; idSuffix?: string; name?: string }) {
  const [shown, setShown] = useState(false);
  const of = name ? ` of ${name}` : '';
  return (
    <dl class="ingest">
      <dt>Server</dt>
      <dd><code id={'ingest-url' + idSuffix}>{ingest.url}</code> <Copy text={ingest.url} label="Copy server"
        aria={`Copy server${of}`} /></dd>
      <dt>Stream key</dt>
      <dd>
        <code id={'stream-key' + idSuffix}>{shown ? ingest.streamKey : '•'.repeat(16)}</code>{' '}
        <button type="button" class="secondary small" aria-pressed={shown} aria-label={`${shown ? 'Hide' : 'Show'} stream key${of}`}
          onClick={() => setShown(!shown)}>{shown ? 'Hide' : 'Show'}</button>{' '}
        <Copy text={ingest.streamKey} label="Copy key" aria={`Copy key${of}`} />
      </dd>
    </dl>
  );
}

function Copy({ text, label, aria }: { text: string; label: string; aria: string }) {
  const [done, setDone] = useState(false);
  return (
    <button type="button" class="secondary small" aria-label={aria} onClick={() => {
      navigator.clipboard?.writeText(text).then(() => setDone(true), () => undefined);
    }}>{done ? 'Copied' : label}</button>
  );
}
