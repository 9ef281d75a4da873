// The Adaptive bitrate section of an rtmp stage against a stubbed API: the ladder shown, the estimate asked
// for with the ladder on screen, and switching on refused with the server's reason beside the switch.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Transcode } from './abr';
import { TranscodePanel } from './TranscodePanel';

let root: HTMLElement;
let calls: Array<{ method: string; path: string; body: unknown }>;
let answers: Record<string, () => Response>;

const stored = (over: Partial<Transcode> = {}): Transcode => ({
  enabled: false, encoder: 'libx264', preset: 'ultrafast', maxRenditions: 4,
  renditions: [{ name: '270p', height: 270, videoKbps: 500, audioKbps: 64, live: false }],
  ffmpeg: { available: true, reason: null },
  status: { state: 'idle', since: null, restarts: 0, lastError: null, cpuPercent: null }, ...over,
});

beforeEach(() => {
  root = document.createElement('main');
  document.body.appendChild(root);
  calls = [];
  answers = {};
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const path = url.replace('/api/v1', '');
    const method = init.method ?? 'GET';
    calls.push({ method, path, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const answer = answers[`${method} ${path}`];
    return answer ? answer() : new Response(JSON.stringify({ error: 'not_found', detail: 'Not found.' }), { status: 404 });
  });
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.unstubAllGlobals();
});

const settle = () => act(async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); });
const json = (body: unknown, status = 200) => () => new Response(JSON.stringify(body), { status });
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

describe('the Adaptive bitrate section', () => {
  it('shows the stored ladder and measures it before switching on', async () => {
    answers['GET /stages/5/transcode'] = json(stored());
    answers['POST /stages/5/transcode/estimate'] = json({ reference: '1920x1080 30 fps', decodePercent: 10,
      renditions: [{ name: '270p', cpuPercent: 7.5 }], totalPercent: 17.5, cores: 2 });
    act(() => render(h(TranscodePanel, { stageId: 5 }), root));
    await settle();
    expect(root.querySelector<HTMLInputElement>('[aria-label="Rendition 1 name"]')!.value).toBe('270p');
    expect(root.textContent).toContain('Off');
    act(() => button('Estimate CPU').click());
    await settle();
    expect(calls.at(-1)).toEqual({ method: 'POST', path: '/stages/5/transcode/estimate', body: { enabled: false,
      encoder: 'libx264', preset: 'ultrafast', renditions: [{ name: '270p', height: 270, videoKbps: 500, audioKbps: 64 }] } });
    expect(root.querySelector('[data-estimate]')!.textContent).toContain('270p 7.5 %');
  });

  it('shows why switching on was refused', async () => {
    answers['GET /stages/5/transcode'] = json(stored());
    answers['PUT /stages/5/transcode'] = json({ error: 'invalid_settings', detail: 'Transcoding cannot be switched on here',
      fields: [{ name: 'enabled', message: 'ffmpeg has no encoder named h264_nvenc' }] }, 400);
    act(() => render(h(TranscodePanel, { stageId: 5 }), root));
    await settle();
    act(() => button('Switch on').click());
    await settle();
    expect(calls.at(-1)?.method).toBe('PUT');
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('no encoder named h264_nvenc');
  });

  it('says when ffmpeg is missing on the server', async () => {
    answers['GET /stages/5/transcode'] = json(stored({ ffmpeg: { available: false,
      reason: 'ffmpeg could not be started (ffmpeg): install it, or set marquee.rtmp.abr.ffmpeg to its path' } }));
    act(() => render(h(TranscodePanel, { stageId: 5 }), root));
    await settle();
    expect(root.textContent).toContain('Not available on this server: ffmpeg could not be started');
    expect(button('Switch on').disabled).toBe(true);
  });
});
