import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

describe('sparkline', () => {
  it('spreads the values over the width, the largest at the top and zero at the bottom', () => {
    expect(sparkline([0, 5, 10], 100, 20)).toBe('0,20 50,10 100,0');
  });

  it('draws a flat line at the bottom when everything is zero', () => {
    expect(sparkline([0, 0], 60, 10)).toBe('0,10 60,10');
  });

  it('draws nothing for fewer than two values', () => {
    expect(sparkline([3], 60, 10)).toBe('');
    expect(sparkline([], 60, 10)).toBe('');
  });
});
