import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import {
  apiPathOf, byOffset, noSuchEndpoint, onTimeline, replayClock, replayHref, replayIdOf, replayLength, shownCount,
  type ReplayChatMessage,
} from './replay';

const message = (id: string, offsetMillis: number): ReplayChatMessage => ({
  id, offsetMillis, sentAt: new Date(Date.UTC(2026, 4, 4, 10) + offsetMillis).toISOString(),
  author: { id: 'p-' + id, name: 'Ada', role: 'viewer' }, text: 'message ' + id,
});

describe('shownCount', () => {
  const log = [message('a', 0), message('b', 1500), message('c', 1500), message('d', 60_000)];

  it('shows a message once the video reaches its offset', () => {
    expect(shownCount(log, 0)).toBe(1);
    expect(shownCount(log, 1.499)).toBe(1);
    expect(shownCount(log, 1.5)).toBe(3);
    expect(shownCount(log, 59.999)).toBe(3);
    expect(shownCount(log, 60)).toBe(4);
    expect(shownCount(log, 3600)).toBe(4);
  });

  it('hides messages again after seeking back before them', () => {
    expect(shownCount(log, 60)).toBe(4);
    expect(shownCount(log, 1)).toBe(1);
  });

  it('shows nothing before the start, for an unknown position or an empty log', () => {
    expect(shownCount([message('late', 200)], 0)).toBe(0);
    expect(shownCount(log, Number.NaN)).toBe(0);
    expect(shownCount([], 10)).toBe(0);
  });
});

describe('byOffset', () => {
  it('orders by offset and keeps sent order among equal offsets', () => {
    const ordered = byOffset([message('x', 500), message('y', 100), message('z', 500)]);
    expect(ordered.map((m) => m.id)).toEqual(['y', 'x', 'z']);
  });
});

describe('replayIdOf', () => {
  it('reads the session id of ?replay=', () => {
    expect(replayIdOf('?replay=12')).toBe(12);
    expect(replayIdOf('?x=1&replay=7')).toBe(7);
  });

  it('is null for the live page and for anything but a positive id', () => {
    expect(replayIdOf('')).toBeNull();
    expect(replayIdOf('?replay=')).toBeNull();
    expect(replayIdOf('?replay=abc')).toBeNull();
    expect(replayIdOf('?replay=0')).toBeNull();
    expect(replayIdOf('?replay=-3')).toBeNull();
  });
});

describe('links and labels', () => {
  it('links a replay to its stage page', () => {
    expect(replayHref('hack conf', { stageSlug: 'main', sessionId: 5 })).toBe('/e/hack%20conf/main?replay=5');
  });

  it('says where in the replay and how long', () => {
    expect(replayClock(0)).toBe('0:00');
    expect(replayClock(245_900)).toBe('4:05');
    expect(replayClock(3_723_000)).toBe('1:02:03');
    expect(replayLength(2700)).toBe('45 min');
    expect(replayLength(5400)).toBe('1 h 30 min');
    expect(replayLength(7200)).toBe('2 h');
    expect(replayLength(10)).toBe('1 min');
  });

  it('reads a chat log address under the API and nothing else', () => {
    expect(apiPathOf('/api/v1/stages/3/chat/replay?from=1&to=2')).toBe('/stages/3/chat/replay?from=1&to=2');
    expect(apiPathOf('https://elsewhere.example/log')).toBeNull();
  });

  it('takes a missing endpoint for no replays', () => {
    expect(noSuchEndpoint(new ApiError(404, 'not_found', ''))).toBe(true);
    expect(noSuchEndpoint(new ApiError(405, 'http_405', ''))).toBe(true);
    expect(noSuchEndpoint(new ApiError(500, 'internal', ''))).toBe(false);
    expect(noSuchEndpoint(new Error('offline'))).toBe(false);
  });
});

describe('onTimeline', () => {
  const message = (id: string, offsetMillis: number) =>
    ({ id, offsetMillis, sentAt: '', author: { id: 'p', name: 'Ada', role: 'viewer' }, text: id });
  const from = '2026-12-06T10:00:00.000Z';
  // Two recordings: 0-20 s of video from 10:00:00, then from 10:00:30 (a 10 s gap).
  const timeline = [{ at: 0, wallClock: from }, { at: 20, wallClock: '2026-12-06T10:00:30.000Z' }];

  it('leaves a replay of one recording as it is', () => {
    const messages = [message('a', 5000)];
    expect(onTimeline(messages, from, [{ at: 0, wallClock: from }])).toEqual(messages);
  });

  it('moves what was said after a gap back by the gap, and what was said in it to where the video goes on', () => {
    const placed = onTimeline([message('before', 5000), message('in-gap', 25000), message('after', 35000)], from, timeline);
    expect(placed.map((m) => m.offsetMillis)).toEqual([5000, 20000, 25000]);
  });
});
