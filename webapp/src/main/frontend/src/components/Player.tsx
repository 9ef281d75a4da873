// Plays a stage from the sources its provider hands out, picking the first this browser can play.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlaybackSource } from '../lib/types';
import { attachHls } from '../lib/hls';
import { attachFlv } from '../lib/flv';
import { pickSources } from '../lib/sources';

export function Player({ sources, title }: { sources: PlaybackSource[]; title: string }) {
  const choices = pickSources(sources);
  const source = choices[0];
  if (!source) {
    return (
      <div class="player"><div class="state"><p>This stage has no stream this browser can play yet.</p></div></div>
    );
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

/** Plays the first source; when it fails, the next one (HTTP-FLV falls back to HLS). */
function VideoPlayer({ sources, title }: { sources: PlaybackSource[]; title: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const key = sources.map((s) => s.url).join(' ');
  useEffect(() => setIndex(0), [key]);
  const source = sources[Math.min(index, sources.length - 1)];
  const url = source.url as string;
  useEffect(() => {
    const element = video.current;
    if (!element) return undefined;
    setError(null);
    let detach: (() => void) | undefined;
    let cancelled = false;
    const failed = (message: string) => {
      if (index + 1 < sources.length) setIndex(index + 1);
      else setError(message);
    };
    const attach = source.type === 'http-flv' ? attachFlv : attachHls;
    attach(element, url, failed).then((d) => {
      if (cancelled) d();
      else detach = d;
    });
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [url, source.type]);
  return (
    <div class="player">
      <video ref={video} controls playsInline muted autoPlay aria-label={`${title} video`} />
      {error && <div class="state" role="status"><p>{error}</p></div>}
    </div>
  );
}
