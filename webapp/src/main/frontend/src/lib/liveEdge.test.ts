import { describe, expect, it } from 'vitest';
import { describeBehind, farBehind, secondsBehind } from './liveEdge';

describe('secondsBehind', () => {
  it('is the distance to the live edge, never negative', () => {
    expect(secondsBehind(12.5, 10)).toBe(2.5);
    expect(secondsBehind(10, 10.2)).toBe(0);
  });

  it('is unknown without an edge', () => {
    expect(secondsBehind(null, 3)).toBeNull();
    expect(secondsBehind(Number.POSITIVE_INFINITY, 3)).toBeNull();
  });
});

describe('farBehind', () => {
  it('offers "go live" when well behind what the player aims at', () => {
    expect(farBehind(2.2, 'll-hls')).toBe(false);
    expect(farBehind(6, 'll-hls')).toBe(true);
    expect(farBehind(2, 'http-flv')).toBe(false);
    expect(farBehind(3.5, 'http-flv')).toBe(true);
    expect(farBehind(null, 'll-hls')).toBe(false);
  });
});

describe('describeBehind', () => {
  it('says how far behind, or live', () => {
    expect(describeBehind(2.14)).toBe('2.1 s behind live');
    expect(describeBehind(0.2)).toBe('Live');
    expect(describeBehind(null)).toBe('');
  });
});
