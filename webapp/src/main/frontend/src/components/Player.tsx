// Plays a stage from the sources its provider hands out, picking the first this browser can play.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlaybackSource } from '../lib/types';
import { attachHls } from '../lib/hls';
import { attachFlv } from '../lib/flv';
import { latencyChoices, pickSources, sourceLabel } from '../lib/sources';
import { describeBehind, farBehind, type PlaybackHandle } from '../lib/liveEdge';
import { AUTO, flvChoices, type Quality } from '../lib/quality';

export function Player({ sources, title }: { sources: PlaybackSource[]; title: string }) {
  const choices = pickSources(sources);
  const source = choices[0];
  if (!source) {
    return <div class="player"><div class="state" role="status">{noSourceMessage(sources)}</div></div>;
  }
  if (source.type === 'iframe') {
    return (
      <div class="player">
        <iframe src={source.url} title={`${title}: ${source.title ?? 'player'}`}
          allow="autoplay; fullscreen; picture-in-picture; encrypted-media"
          referrerPolicy="strict-origin-when-cross-origin" />
      </div>
    );
  }
  return <VideoPlayer sources={choices.filter((s) => s.type !== 'iframe')} title={title} />;
}

/**
 * Why there is nothing to play: the usual case is a stage that is off air (no sources yet), which says
 * so and that the page starts by itself; only when a stream exists in forms this browser lacks does the
 * page speak of the browser.
 */
function noSourceMessage(sources: PlaybackSource[]) {
  if (sources.length === 0) {
    return (
      <>
        <p><strong>Off air.</strong> Nothing is being streamed on this stage right now.</p>
        <p>The video starts here by itself when the stream begins; no need to reload.</p>
      </>
    );
  }
  return (
    <>
      <p>This stage is streaming in a form this browser cannot play.</p>
      <p>Try a current Chrome, Edge, Firefox or Safari.</p>
    </>
  );
}

/**
 * Plays the first source; when it fails, the next one (LL-HLS falls back to HTTP-FLV, then HLS). Shows
 * how far behind live it plays, a "Go live" button when it falls behind, and lets the viewer choose
 * between low-latency HLS and HTTP-FLV where both exist, and between the qualities of a stage with an
 * adaptive-bitrate ladder (HLS levels, "Auto" by default; HTTP-FLV's source or a rendition).
 */
function VideoPlayer({ sources, title }: { sources: PlaybackSource[]; title: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const handle = useRef<PlaybackHandle | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [behind, setBehind] = useState<number | null>(null);
  const [levels, setLevels] = useState<Quality[]>([]);
  const [level, setLevel] = useState(AUTO);
  const [flvChoice, setFlvChoice] = useState(0);
  const key = sources.map((s) => s.url).join(' ');
  useEffect(() => setIndex(0), [key]);
  const source = sources[Math.min(index, sources.length - 1)];
  const renditions = source.type === 'http-flv' ? flvChoices(source) : [];
  const url = renditions[flvChoice]?.url ?? (source.url as string);
  useEffect(() => {
    const element = video.current;
    if (!element) return undefined;
    setError(null);
    setBehind(null);
    // Aborted when this effect is cleaned up, before the player library may even have loaded: a player
    // attached after that would fight the next one over the element.
    const attaching = new AbortController();
    const failed = (message: string) => {
      if (index + 1 < sources.length) setIndex(index + 1);
      else setError(message);
    };
    const attach = source.type === 'http-flv' ? attachFlv : attachHls;
    attach(element, url, failed, attaching.signal).then((h) => {
      if (attaching.signal.aborted) h.stop();
      else handle.current = h;
    });
    setLevels([]);
    const timer = window.setInterval(() => {
      setBehind(handle.current?.behind() ?? null);
      setLevels(handle.current?.qualities?.() ?? []);
      setLevel(handle.current?.quality?.() ?? AUTO);
    }, 1000);
    return () => {
      attaching.abort();
      window.clearInterval(timer);
      handle.current?.stop();
      handle.current = null;
    };
  }, [url, source.type]);
  const choices = latencyChoices(sources);
  const chooseLevel = (id: number) => {
    handle.current?.chooseQuality?.(id);
    setLevel(id);
  };
  return (
    <div class="player-frame">
      <div class="player">
        <video ref={video} controls playsInline muted autoPlay aria-label={`${title} video`} />
        {error && <div class="state" role="status"><p>{error}</p></div>}
      </div>
      <div class="player-bar">
        <span class="latency" aria-live="off" data-behind={behind === null ? '' : behind.toFixed(2)}>
          {describeBehind(behind)}
        </span>
        {farBehind(behind, source.type) && (
          <button type="button" class="go-live" onClick={() => handle.current?.goLive()}>Go live</button>
        )}
        {choices.length > 1 && (
          <label class="latency-choice">
            Playback{' '}
            <select value={source.type} onChange={(e) => {
              const wanted = sources.findIndex((s) => s.type === (e.target as HTMLSelectElement).value);
              if (wanted >= 0) setIndex(wanted);
            }}>
              {choices.map((s) => <option key={s.type} value={s.type}>{sourceLabel(s.type)}</option>)}
            </select>
          </label>
        )}
        {levels.length > 1 && (
          <label class="quality-choice">
            Quality{' '}
            <select value={String(level)} onChange={(e) => chooseLevel(Number((e.target as HTMLSelectElement).value))}>
              {levels.map((q) => <option key={q.id} value={String(q.id)}>{q.label}</option>)}
            </select>
          </label>
        )}
        {renditions.length > 1 && (
          <label class="quality-choice">
            Quality{' '}
            <select value={String(Math.min(flvChoice, renditions.length - 1))}
              onChange={(e) => setFlvChoice(Number((e.target as HTMLSelectElement).value))}>
              {renditions.map((r, i) => <option key={r.name} value={String(i)}>{r.name}</option>)}
            </select>
          </label>
        )}
      </div>
    </div>
  );
}
