// The Recordings tab against a stubbed API answering in the shapes of the recording spec (issue 16): what it shows,
// what it sends, when it reloads, and that axe-core finds nothing serious in it.
import axe from 'axe-core';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarqueeEvent, Recording, Replay, ReplaySummary, Stage } from '../lib/types';
import { RecordingsPanel } from './RecordingsPanel';

const event: MarqueeEvent = { id: 7, slug: 'conf', title: 'Conf', description: null, timezone: 'Europe/Berlin', access: 'PUBLIC' };
const stage = (id: number, provider: string, name: string): Stage =>
  ({ id, eventId: 7, slug: name.toLowerCase(), name, order: id, provider, live: false });
const recording = (over: Partial<Recording>): Recording => ({
  id: 31, stageId: 1, startedAt: '2026-09-18T08:00:00Z', endedAt: '2026-09-18T09:02:05Z', durationSeconds: 3725,
  status: 'complete', sizeBytes: 1_250_000_000, published: false, error: null, ...over,
});
const summary: ReplaySummary = {
  sessionId: 12, stageId: 1, stageSlug: 'main', stageName: 'Main', title: 'Opening', startsAt: '2026-09-18T08:00:00Z',
  endsAt: '2026-09-18T09:00:00Z', durationSeconds: 3600, published: false,
};
const replay = (start: number, end: number, published: boolean): Replay => ({
  sessionId: 12, stageId: 1, title: 'Opening', from: new Date(Date.parse(summary.startsAt) + start * 1000).toISOString(),
  to: new Date(Date.parse(summary.endsAt) + end * 1000).toISOString(), durationSeconds: 3600 - start + end, published,
  startOffsetSeconds: start, endOffsetSeconds: end, sources: [{ type: 'hls', url: '/media/replay/s12/t/index.m3u8' }], chat: null,
});

let root: HTMLElement;
let routes: Record<string, unknown>;
let calls: Array<{ method: string; path: string; body: unknown }>;

beforeEach(() => {
  root = document.createElement('main');
  document.body.appendChild(root);
  calls = [];
  routes = {};
  // jsdom has no modal dialogs
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const path = url.replace('/api/v1', '');
    const method = init.method ?? 'GET';
    calls.push({ method, path, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const key = `${method} ${path}`;
    if (!(key in routes)) return new Response(JSON.stringify({ error: 'not_found', detail: 'Not found.' }), { status: 404 });
    const answer = typeof routes[key] === 'function' ? (routes[key] as (b: unknown) => unknown)(calls.at(-1)!.body) : routes[key];
    return answer === undefined ? new Response(null, { status: 204 }) : new Response(JSON.stringify(answer), { status: 200 });
  });
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const settle = () => act(async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); });
const byLabel = (label: string) => {
  const found = [...root.querySelectorAll('button, input')].find((b) => b.getAttribute('aria-label') === label
    || (b.id && root.querySelector(`label[for="${b.id}"]`)?.textContent?.startsWith(label))
    || b.closest('label')?.textContent?.startsWith(label));
  if (!found) throw new Error(`nothing labelled "${label}" in: ${root.innerHTML}`);
  return found as HTMLInputElement;
};
const button = (text: string) => {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
async function show() {
  act(() => render(h(RecordingsPanel, { event }), root));
  await settle();
}
async function seriousViolations() {
  const result = await axe.run(root, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

describe('the Recordings tab', () => {
  it('says when nothing was recorded, and why streams are recorded', async () => {
    routes = { 'GET /events/7/stages': [stage(1, 'rtmp', 'Main'), stage(2, 'vimeo', 'Side')], 'GET /stages/1/recordings': [],
      'GET /events/7/replays': [] };
    await show();
    expect(root.textContent).toContain("Nothing has been recorded yet. Streams to rtmp stages are recorded unless the stage's Record setting is off.");
    expect(calls.some((c) => c.path === '/stages/2/recordings')).toBe(false);
    expect(await seriousViolations()).toEqual([]);
  });

  it('lists a stage recordings with duration, size and the reason of a failure, and publishes and deletes them', async () => {
    routes = {
      'GET /events/7/stages': [stage(1, 'rtmp', 'Main')],
      'GET /stages/1/recordings': [recording({}), recording({ id: 30, status: 'failed', error: 'The store refused the segment.',
        durationSeconds: 59, sizeBytes: 12_345_678 })],
      'GET /events/7/replays': [],
      'PUT /recordings/31': (b: unknown) => recording({ published: (b as { published: boolean }).published }),
      'DELETE /recordings/30': undefined,
    };
    await show();
    const rows = [...root.querySelectorAll('table.recordings tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('1:02:05');
    expect(rows[0]).toContain('1.25 GB');
    expect(rows[0]).toContain('Complete');
    expect(rows[1]).toContain('0:00:59');
    expect(rows[1]).toContain('12.3 MB');
    expect(rows[1]).toContain('Failed: The store refused the segment.');
    expect(await seriousViolations()).toEqual([]);

    const publish = root.querySelector<HTMLInputElement>('table.recordings tbody tr input[type=checkbox]')!;
    expect(publish.getAttribute('aria-label')).toMatch(/^Publish the recording of Main started /);
    await act(async () => { publish.click(); });
    await settle();
    expect(calls.find((c) => c.method === 'PUT')).toEqual({ method: 'PUT', path: '/recordings/31', body: { published: true } });

    const remove = [...root.querySelectorAll('button')].filter((b) => b.textContent === 'Delete')[1];
    act(() => remove.click());
    expect(document.querySelector('dialog')?.textContent).toContain('This cannot be undone.');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await act(async () => { button('Delete recording').click(); });
    await settle();
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/recordings/30']);
  });

  it('reloads every 5 s while a recording is being written, and stops once it is complete', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    routes = { 'GET /events/7/stages': [stage(1, 'rtmp', 'Main')], 'GET /events/7/replays': [],
      'GET /stages/1/recordings': [recording({ status: 'recording', endedAt: null, durationSeconds: 20 })] };
    await show();
    expect(root.textContent).toContain('Recording now');
    const loads = () => calls.filter((c) => c.path === '/stages/1/recordings').length;
    expect(loads()).toBe(1);
    routes['GET /stages/1/recordings'] = [recording({ status: 'recording', endedAt: null, durationSeconds: 25 })];
    await act(async () => { vi.advanceTimersByTime(5000); });
    await settle();
    expect(loads()).toBe(2);
    expect(root.textContent).toContain('0:00:25');
    routes['GET /stages/1/recordings'] = [recording({})];
    await act(async () => { vi.advanceTimersByTime(5000); });
    await settle();
    expect(loads()).toBe(3);
    await act(async () => { vi.advanceTimersByTime(20000); });
    await settle();
    expect(loads()).toBe(3);
  });

  it('trims, publishes and saves a past session replay and shows the times it covers', async () => {
    routes = {
      'GET /events/7/stages': [stage(1, 'rtmp', 'Main')], 'GET /stages/1/recordings': [recording({})],
      'GET /events/7/replays': [summary], 'GET /sessions/12/replay': replay(0, 0, false),
      'PUT /sessions/12/replay': (b: unknown) => {
        const s = b as { startOffsetSeconds: number; endOffsetSeconds: number; published: boolean };
        return replay(s.startOffsetSeconds, s.endOffsetSeconds, s.published);
      },
    };
    await show();
    expect(root.textContent).toContain('Opening');
    expect(root.textContent).toContain('Not published');
    act(() => byLabel('Trim and publish the replay of Opening').click());
    await settle();
    expect(root.textContent).toContain('Covers 10:00:00–11:00:00 (1:00:00)');
    const start = byLabel('Start offset (seconds)');
    const end = byLabel('End offset (seconds)');
    act(() => {
      start.value = '30';
      start.dispatchEvent(new Event('input', { bubbles: true }));
      end.value = '-60';
      end.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.textContent).toContain('The replay starts 30 s later and ends 1 min earlier than scheduled.');
    act(() => byLabel('Published').click());
    expect(await seriousViolations()).toEqual([]);
    await act(async () => { button('Save replay').click(); });
    await settle();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ startOffsetSeconds: 30, endOffsetSeconds: -60, published: true });
    expect(root.querySelector('[role=status].ok')?.textContent)
      .toBe('Saved. The replay covers 10:00:30–10:59:00 (0:58:30) and is published.');
    expect(root.textContent).not.toContain('Not published');
  });

  it('refuses offsets that would end the replay before it starts, without asking the server', async () => {
    routes = {
      'GET /events/7/stages': [stage(1, 'rtmp', 'Main')], 'GET /stages/1/recordings': [recording({})],
      'GET /events/7/replays': [summary], 'GET /sessions/12/replay': replay(0, 0, false),
    };
    await show();
    act(() => byLabel('Trim and publish the replay of Opening').click());
    await settle();
    const start = byLabel('Start offset (seconds)');
    act(() => {
      start.value = '4000';
      start.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => { button('Save replay').click(); });
    expect(root.querySelector('[role=alert]')?.textContent).toContain('would end before it starts');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });
});
