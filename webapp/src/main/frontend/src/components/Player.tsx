// Plays a stage from the sources its provider hands out, picking the first this browser can play.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlaybackSource } from '../lib/types';
import { attachHls } from '../lib/hls';

/** The source types this page can play, in order of preference. */
const PLAYABLE = ['iframe', 'hls'];

export function pickSource(sources: PlaybackSource[]): PlaybackSource | undefined {
  for (const type of PLAYABLE) {
    const found = sources.find((s) => s.type === type && typeof s.url === 'string');
    if (found) return found;
  }
  return undefined;
}

export function Player({ sources, title }: { sources: PlaybackSource[]; title: string }) {
  const source = pickSource(sources);
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
  return <VideoPlayer url={source.url as string} title={title} />;
}

function VideoPlayer({ url, title }: { url: string; title: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const element = video.current;
    if (!element) return undefined;
    setError(null);
    let detach: (() => void) | undefined;
    let cancelled = false;
    attachHls(element, url, setError).then((d) => {
      if (cancelled) d();
      else detach = d;
    });
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [url]);
  return (
    <div class="player">
      <video ref={video} controls playsInline muted autoPlay aria-label={`${title} video`} />
      {error && <div class="state" role="status"><p>{error}</p></div>}
    </div>
  );
}
