// A replay or recording played in the console, so an organizer can check a trim before publishing it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlaybackSource } from '../lib/types';
import { attachVod } from '../lib/vod';

/** Plays the first HLS source (a signed VOD playlist); time 0 is where the replay starts. */
export function ReplayPreview({ sources, label }: { sources: PlaybackSource[]; label: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const url = sources.find((s) => s.type === 'hls' && s.url)?.url;
  useEffect(() => {
    const element = video.current;
    if (!element || !url) return undefined;
    setError(null);
    let stop: (() => void) | null = null;
    const attaching = new AbortController();
    attachVod(element, url, setError, attaching.signal).then((s) => {
      if (attaching.signal.aborted) s();
      else stop = s;
    }).catch(() => setError('The player could not be loaded.'));
    return () => {
      attaching.abort();
      stop?.();
    };
  }, [url]);
  if (!url) return <p class="status warn" role="status">There is nothing to play for this recording.</p>;
  return (
    <div class="player preview">
      <video ref={video} controls playsInline preload="metadata" aria-label={label} />
      {error && <div class="state" role="status"><p>{error}</p></div>}
    </div>
  );
}
