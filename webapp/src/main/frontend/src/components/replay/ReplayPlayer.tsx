// A session's replay in a <video>: the recording's VOD playlist with hls.js, seekable end to end. It
// reports where the video is whenever that changes (playing, seeking, loading) so the chat can follow.
import { useEffect, useRef, useState } from 'preact/hooks';
import { attachVod } from '../../lib/hls';

interface Props {
  url: string;
  title: string;
  /** The video's position in seconds: on every frame while playing, and when it seeks or loads. */
  onPosition: (seconds: number) => void;
}

export function ReplayPlayer({ url, title, onPosition }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const report = useRef(onPosition);
  report.current = onPosition;
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const element = video.current;
    if (!element) return undefined;
    setError(null);
    let stop: (() => void) | null = null;
    const attaching = new AbortController();
    attachVod(element, url, setError, attaching.signal).then((s) => {
      if (attaching.signal.aborted) s();
      else stop = s;
    });
    let frame = 0;
    const tell = () => report.current(element.currentTime);
    const follow = () => {
      tell();
      frame = element.paused ? 0 : window.requestAnimationFrame(follow);
    };
    const playing = () => {
      window.cancelAnimationFrame(frame);
      follow();
    };
    const events = ['timeupdate', 'seeking', 'seeked', 'loadedmetadata', 'pause', 'emptied'];
    events.forEach((e) => element.addEventListener(e, tell));
    element.addEventListener('playing', playing);
    return () => {
      attaching.abort();
      window.cancelAnimationFrame(frame);
      events.forEach((e) => element.removeEventListener(e, tell));
      element.removeEventListener('playing', playing);
      stop?.();
    };
  }, [url]);
  return (
    <div class="player-frame">
      <div class="player">
        <video ref={video} controls playsInline muted autoPlay preload="auto" aria-label={`${title} video`} />
        {error && <div class="state" role="status"><p>{error}</p></div>}
      </div>
    </div>
  );
}
