// The stage player when the page hands it a new address (the stage's playback is fetched twice as the
// page starts, each answer with a new signed address): only the newest address ends up attached to the
// <video>, also when it comes before the player library has loaded, and nothing a replaced player does
// may empty the element.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Player } from './Player';

const hls = vi.hoisted(() => ({ created: [] as string[], destroyed: [] as string[] }));

// hls.js as far as the player uses it: detaching empties the element's source, as the real one does.
vi.mock('hls.js/light', () => ({
  default: class FakeHls {
    static Events = { ERROR: 'hlsError' };
    static isSupported() {
      return true;
    }
    url = '';
    media: HTMLVideoElement | null = null;
    levels = [];
    autoLevelEnabled = true;
    currentLevel = -1;
    latency = Number.NaN;
    liveSyncPosition = null;
    on() {}
    loadSource(url: string) {
      this.url = url;
      hls.created.push(url);
    }
    attachMedia(video: HTMLVideoElement) {
      this.media = video;
      video.setAttribute('src', `blob:${this.url}`);
    }
    destroy() {
      this.media?.removeAttribute('src');
      this.media = null;
      hls.destroyed.push(this.url);
    }
  },
}));

let root: HTMLElement;


beforeEach(() => {
  hls.created.length = 0;
  hls.destroyed.length = 0;
  (globalThis as { MediaSource?: unknown }).MediaSource = { isTypeSupported: () => true };
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(() => Promise.resolve());
  root = document.createElement('div');
  document.body.appendChild(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  delete (globalThis as { MediaSource?: unknown }).MediaSource;
});

const llhls = (token: string) => [{ type: 'll-hls', url: `/media/rtmp/7/${token}/ll.m3u8` }];

it('attaches only the newest address when a second one comes before the player loaded', async () => {
  // Each act runs the effects before it returns; the library's import has not resolved in between.
  act(() => {
    render(h(Player, { sources: llhls('first'), title: 'Main' }), root);
  });
  act(() => {
    render(h(Player, { sources: llhls('second'), title: 'Main' }), root);
  });
  await vi.waitFor(() => expect(hls.created).toContain('/media/rtmp/7/second/ll.m3u8'));
  const video = root.querySelector('video') as HTMLVideoElement;
  expect(video.getAttribute('src')).toBe('blob:/media/rtmp/7/second/ll.m3u8');
  expect(hls.created).toEqual(['/media/rtmp/7/second/ll.m3u8']);
});

it('stops the player it replaces once that one is attached', async () => {
  await act(async () => {
    render(h(Player, { sources: llhls('first'), title: 'Main' }), root);
  });
  await vi.waitFor(() => expect(hls.created).toEqual(['/media/rtmp/7/first/ll.m3u8']));
  await act(async () => {
    render(h(Player, { sources: llhls('second'), title: 'Main' }), root);
  });
  await vi.waitFor(() => expect(hls.created).toHaveLength(2));
  const video = root.querySelector('video') as HTMLVideoElement;
  expect(hls.destroyed).toEqual(['/media/rtmp/7/first/ll.m3u8']);
  expect(video.getAttribute('src')).toBe('blob:/media/rtmp/7/second/ll.m3u8');
});
