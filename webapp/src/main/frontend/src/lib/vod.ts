// A recorded (VOD) HLS playlist in a <video>: hls.js, loaded only when needed, as the stage page plays
// live HLS; the browser's own player only where Media Source Extensions are missing. Nothing plays by
// itself: the viewer presses play and may seek anywhere.

/**
 * Loads the playlist into the element; resolves with the function that stops it (call it when the
 * element goes away or plays another playlist). A playlist that cannot be loaded (expired address,
 * deleted recording) is reported once through onError. Attaches nothing once `signal` is aborted: a
 * player created after its element moved on would reset the element under the next one.
 */
export async function attachVod(video: HTMLVideoElement, url: string, onError: (m: string) => void,
  signal?: AbortSignal): Promise<() => void> {
  const { default: Hls } = await import('hls.js/light');
  if (signal?.aborted) return () => undefined;
  if (!Hls.isSupported()) {
    if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = url;
      return () => video.removeAttribute('src');
    }
    onError('This browser cannot play the recording.');
    return () => undefined;
  }
  const hls = new Hls({ lowLatencyMode: false, backBufferLength: 60 });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (data.fatal) {
      onError('The recording could not be loaded.');
      hls.destroy();
    }
  });
  hls.loadSource(url);
  hls.attachMedia(video);
  return () => hls.destroy();
}
