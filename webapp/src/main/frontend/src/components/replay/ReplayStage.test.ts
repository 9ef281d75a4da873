// The stage page's replay mode against a fake server and a fake VOD player: the chat follows the
// video's position both ways, nothing live is started, and there is nothing to write with.
import axe from 'axe-core';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventData } from '../../lib/useEventData';
import { ReplayStage } from './ReplayStage';

const attached: string[] = [];
vi.mock('../../lib/hls', () => ({
  attachVod: async (_video: HTMLVideoElement, url: string) => {
    attached.push(url);
    return () => undefined;
  },
}));

const CHAT = '/api/v1/stages/3/chat/replay?from=1778000000000&to=1778003600000';
const answers: Record<string, unknown> = {
  '/api/v1/sessions/12/replay': {
    sessionId: 12, stageId: 3, title: 'Keynote', from: '2026-05-05T17:33:20Z', to: '2026-05-05T18:33:20Z',
    durationSeconds: 3600, published: true, startOffsetSeconds: 0, endOffsetSeconds: 0,
    sources: [{ type: 'hls', url: '/media/replay/s12/tok/index.m3u8' }], chat: CHAT,
  },
  [CHAT]: {
    from: '2026-05-05T17:33:20Z',
    messages: [
      { id: '1', offsetMillis: 2000, sentAt: '2026-05-05T17:33:22Z', author: { id: 'p-a', name: 'Ada', role: 'viewer' }, text: 'hello' },
      { id: '2', offsetMillis: 65_000, sentAt: '2026-05-05T17:34:25Z', author: { id: 'p-h', name: 'Hana', role: 'host' }, text: 'welcome' },
    ],
  },
};

let root: HTMLElement;
let asked: string[];

beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
  asked = [];
  attached.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = answers[url];
    return new Response(body === undefined ? '{"error":"not_found"}' : JSON.stringify(body),
      { status: body === undefined ? 404 : 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('WebSocket', vi.fn(() => { throw new Error('a replay opens no socket'); }));
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

const data = {
  session: { signedIn: false, subject: null, displayName: null, email: null, roles: [], eventId: null, endedReason: null },
  event: { id: 1, slug: 'conf', title: 'Conf', description: null, timezone: 'UTC', access: 'PUBLIC' },
  stages: [],
  schedule: { eventId: 1, timezone: 'UTC', at: '2026-05-05T20:00:00Z', stages: [] },
} as EventData;
const stage = { id: 3, eventId: 1, slug: 'main', name: 'Main', order: 0, provider: 'rtmp', live: false };

// Each act flushes the effects its renders scheduled (the chat log is asked for once the replay came).
async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}
const shown = () => [...root.querySelectorAll('.chat-message')].map((li) => li.getAttribute('data-message-id'));

async function seek(seconds: number) {
  const video = root.querySelector('video') as HTMLVideoElement;
  Object.defineProperty(video, 'currentTime', { value: seconds, configurable: true });
  await act(() => { video.dispatchEvent(new Event('seeked')); });
}

describe('replay mode', () => {
  it('plays the first source and shows the chat as the video reaches it, both ways', async () => {
    act(() => render(h(ReplayStage, { data, stage, sessionId: 12 }), root));
    await settle();
    expect(root.querySelector('h1')?.textContent).toBe('Replay: Keynote');
    expect(attached).toEqual(['/media/replay/s12/tok/index.m3u8']);
    expect(shown()).toEqual([]);

    await seek(2);
    expect(shown()).toEqual(['1']);
    await seek(70);
    expect(shown()).toEqual(['1', '2']);
    expect(root.textContent).toContain('2 of 2 messages');
    await seek(1.999);
    expect(shown()).toEqual([]);
  });

  it('has no serious accessibility violations with the chat shown', async () => {
    act(() => render(h(ReplayStage, { data, stage, sessionId: 12 }), root));
    await settle();
    await seek(70);
    // Colour contrast needs a real browser's layout; the attendee pages' Chromium check covers it.
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id)).toEqual([]);
  });

  it('starts nothing live and offers nothing to write with', async () => {
    act(() => render(h(ReplayStage, { data, stage, sessionId: 12 }), root));
    await settle();
    expect(asked).toEqual(['/api/v1/sessions/12/replay', CHAT]);
    expect(WebSocket).not.toHaveBeenCalled();
    expect(root.querySelector('input, textarea, form')).toBeNull();
  });

  it('says so when the session has no replay', async () => {
    act(() => render(h(ReplayStage, { data, stage, sessionId: 99 }), root));
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('no replay');
    expect(root.querySelector('video')).toBeNull();
  });
});
