// When the stage page asks for its playback again: each answer carries new addresses and restarts the
// player, so a page must not ask twice as it starts (the socket opening while the first answer is on its
// way), yet must not miss a stream that went live meanwhile.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Playback, Stage } from './types';
import { usePlayback, type PlaybackState } from './usePlayback';

const server = vi.hoisted(() => ({
  asked: [] as Array<{ path: string; answer: (live: boolean) => void }>,
}));

vi.mock('./api', () => ({
  ApiError: class ApiError extends Error {},
  describe: (e: unknown) => String(e),
  del: () => Promise.resolve(),
  get: (path: string) => new Promise((resolve) => {
    server.asked.push({ path, answer: (live) => resolve({ stageId: 3, live, sources: [] }) });
  }),
}));
vi.mock('./page', () => ({ toSignIn: () => undefined }));

const STAGE: Stage = { id: 3, eventId: 1, slug: 'main', name: 'Main', order: 0, provider: 'rtmp', live: false };
let root: HTMLElement;
let state: PlaybackState;

function Probe({ pushed, open }: { pushed: boolean | null; open: boolean }) {
  state = usePlayback(STAGE, pushed, open);
  return null;
}

const show = (pushed: boolean | null, open: boolean) => act(() => {
  render(h(Probe, { pushed, open }), root);
});
const answer = async (k: number, live: boolean) => {
  await act(async () => {
    server.asked[k].answer(live);
  });
};
const shown = () => (state.value as Playback | undefined)?.live;

beforeEach(() => {
  server.asked.length = 0;
  root = document.createElement('div');
});

afterEach(() => render(null, root));

it('asks once when the socket opens while the first answer, live, is on its way', async () => {
  show(null, false);
  show(null, true);
  show(true, true);
  await answer(0, true);
  expect(server.asked).toHaveLength(1);
  expect(shown()).toBe(true);
});

it('asks again when the answer that was on its way says off air, but the socket opened meanwhile', async () => {
  show(null, false);
  show(null, true);
  await answer(0, false);
  expect(server.asked).toHaveLength(2);
  await answer(1, true);
  expect(shown()).toBe(true);
  expect(server.asked).toHaveLength(2);
});

it('asks again when the socket pushes an on-air state the page does not show', async () => {
  show(null, false);
  await answer(0, false);
  show(null, true);
  expect(server.asked, 'the socket opened while the page shows off air').toHaveLength(2);
  await answer(1, false);
  show(true, true);
  expect(server.asked).toHaveLength(3);
  await answer(2, true);
  show(true, true);
  expect(server.asked).toHaveLength(3);
  show(false, true);
  expect(server.asked).toHaveLength(4);
});

it('asks again when a push during a request contradicts its answer, once', async () => {
  show(null, false);
  show(true, false);
  await answer(0, false);
  expect(server.asked).toHaveLength(2);
  await answer(1, false);
  expect(server.asked, 'no loop when the playback still says off air').toHaveLength(2);
});

it('drops an answer older than the latest request', async () => {
  show(null, false);
  await answer(0, false);
  await act(async () => state.retry());
  await act(async () => state.retry());
  expect(server.asked).toHaveLength(3);
  await answer(2, true);
  await answer(1, false);
  expect(shown()).toBe(true);
});
