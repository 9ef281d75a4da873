// The event page's "Past sessions" against a fake server: links to each replay, and nothing at all
// while the server has no replays endpoint.
import axe from 'axe-core';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarqueeEvent } from '../lib/types';
import { PastSessions } from './PastSessions';

let root: HTMLElement;
const event: MarqueeEvent = { id: 4, slug: 'conf', title: 'Conf', description: null, timezone: 'UTC', access: 'PUBLIC' };

function answer(status: number, body: unknown) {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

async function show() {
  act(() => render(null, root));
  act(() => render(h(PastSessions, { event }), root));
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('PastSessions', () => {
  it('links each past session to its replay on its stage page', async () => {
    answer(200, [
      { sessionId: 12, stageId: 3, stageSlug: 'main', stageName: 'Main', title: 'Keynote', startsAt: '2026-05-05T09:00:00Z',
        endsAt: '2026-05-05T10:00:00Z', durationSeconds: 3600, published: true },
      { sessionId: 13, stageId: 3, stageSlug: 'main', stageName: 'Main', title: 'Panel', startsAt: '2026-05-05T10:00:00Z',
        endsAt: '2026-05-05T10:45:00Z', durationSeconds: 2700, published: false },
    ]);
    await show();
    expect(root.querySelector('h2')?.textContent).toBe('Past sessions');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['Watch replay', 'Watch replay']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/e/conf/main?replay=12', '/e/conf/main?replay=13']);
    expect(document.getElementById(links[0].getAttribute('aria-describedby') ?? '')?.textContent).toBe('Keynote');
    expect(root.textContent).toContain('1 h');
    expect(root.textContent).toContain('Not published');
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('shows nothing when there are none or the server has no replays', async () => {
    answer(200, []);
    await show();
    expect(root.innerHTML).toBe('');
    answer(404, { error: 'not_found' });
    await show();
    expect(root.innerHTML).toBe('');
    answer(405, {});
    await show();
    expect(root.innerHTML).toBe('');
  });
});
