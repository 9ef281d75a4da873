// The Restream section of an rtmp stage against a stubbed API: the targets and their status, a refused
// address shown beside its field, a target stopped by hand, and the key never shown after saving.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeStatus, RestreamsPanel, type Restream } from './RestreamsPanel';

const target = (id: number, over: Partial<Restream['status']>, enabled = true): Restream => ({
  id, url: `rtmp://live${id}.example.com/app`, key: '********', enabled,
  status: { state: 'idle', bitrate: 0, lastError: null, since: null, droppedPackets: 0, reconnects: 0, ...over },
});

let root: HTMLElement;
let calls: Array<{ method: string; path: string; body: unknown }>;
let answers: Record<string, () => Response>;

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

describe('the Restream section', () => {
  it('words each state for people', () => {
    expect(describeStatus(target(1, { state: 'connected', bitrate: 1_480_000 }).status)).toBe('Connected · 1480 kbps');
    expect(describeStatus(target(1, { state: 'retrying', lastError: 'the server refused to publish' }).status))
      .toBe('Reconnecting: the server refused to publish');
    expect(describeStatus(target(1, {}).status)).toContain('Idle');
  });

  it('lists the targets with their status, masked keys, and stops one by hand', async () => {
    answers['GET /stages/5/restreams'] = json([target(1, { state: 'connected', bitrate: 1_500_000 }),
      target(2, { state: 'retrying', lastError: 'live2.example.com refused the connection' })]);
    answers['PUT /restreams/1'] = json(target(1, {}, false));
    act(() => render(h(RestreamsPanel, { stageId: 5 }), root));
    await settle();
    expect(root.textContent).toContain('Connected · 1500 kbps');
    expect(root.textContent).toContain('Reconnecting: live2.example.com refused the connection');
    expect(root.textContent).toContain('key ********');
    act(() => button('Stop').click());
    await settle();
    expect(calls).toContainEqual({ method: 'PUT', path: '/restreams/1', body: { enabled: false } });
  });

  it('shows a refused address beside the Server field', async () => {
    answers['GET /stages/5/restreams'] = json([]);
    answers['POST /stages/5/restreams'] = json({ error: 'invalid_settings', detail: 'The restream target is not valid',
      fields: [{ name: 'url', message: '127.0.0.1 is a loopback address; allow it in marquee.outbound.allow' }] }, 400);
    act(() => render(h(RestreamsPanel, { stageId: 5 }), root));
    await settle();
    const url = root.querySelector<HTMLInputElement>('#restream-url-5')!;
    const key = root.querySelector<HTMLInputElement>('#restream-key-5')!;
    expect(key.type).toBe('password');
    act(() => {
      url.value = 'rtmp://127.0.0.1/live';
      url.dispatchEvent(new Event('input', { bubbles: true }));
      key.value = 'the-key';
      key.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => button('Add restream target').click());
    await settle();
    expect(calls.at(-1)).toEqual({ method: 'POST', path: '/stages/5/restreams',
      body: { url: 'rtmp://127.0.0.1/live', key: 'the-key', enabled: true } });
    expect(root.querySelector('#restream-url-5-error')?.textContent).toContain('loopback');
    expect(url.getAttribute('aria-invalid')).toBe('true');
  });
});
