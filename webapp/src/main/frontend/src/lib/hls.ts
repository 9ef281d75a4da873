// HLS in a <video>: natively where the browser can, else with hls.js loaded only when needed.

/** Starts playing the playlist in the element; resolves with a function that stops it. */
export async function attachHls(video: HTMLVideoElement, url: string, onError: (m: string) => void): Promise<() => void> {
  if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.src = url;
    video.play().catch(() => undefined);
    return () => video.removeAttribute('src');
  }
  const { default: Hls } = await import('hls.js/light');
  if (!Hls.isSupported()) {
    onError('This browser cannot play the stream.');
    return () => undefined;
  }
  const hls = new Hls({ lowLatencyMode: true, backBufferLength: 30 });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (data.fatal) onError('The stream could not be loaded; it may not have started yet.');
  });
  hls.loadSource(url);
  hls.attachMedia(video);
  video.play().catch(() => undefined);
  return () => hls.destroy();
}
