import { describe, expect, it } from 'vitest';
import { addTotals, BurstThrottle, LIFETIME_MS, SendLimiter } from './bursts';

describe('reaction bursts', () => {
  it('shows small counts one by one and large ones on a log scale, at most 12', () => {
    expect([0, 1, 5, 6, 10, 40, 10_000].map(BurstThrottle.shown)).toEqual([0, 1, 5, 6, 6, 8, 12]);
  });

  it('keeps at most maxAlive particles, and lets them go after their lifetime', () => {
    const throttle = new BurstThrottle(10, () => 0.5);
    const shown = throttle.add({ '👏': 10_000, '❤️': 3 }, 1000);
    expect(shown).toHaveLength(10);
    expect(shown.at(-1)?.emoji).toBe('❤️');
    expect(new Set(shown.map((p) => p.key)).size).toBe(10);
    expect(throttle.prune(1000 + LIFETIME_MS - 1)).toHaveLength(10);
    expect(throttle.prune(1000 + LIFETIME_MS)).toHaveLength(0);
  });

  it('adds up totals for a page without motion', () => {
    expect(addTotals(addTotals({}, { '👏': 2 }), { '👏': 3, '🎉': 1 })).toEqual({ '👏': 5, '🎉': 1 });
  });

  it('sends at most five reactions in any second', () => {
    const limiter = new SendLimiter(5);
    const sent = [0, 100, 200, 300, 400, 500, 999, 1000, 1100].map((t) => limiter.take(t));
    expect(sent).toEqual([true, true, true, true, true, false, false, true, true]);
  });
});
