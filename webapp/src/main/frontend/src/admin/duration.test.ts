import { describe, expect, it } from 'vitest';
import { readDuration, writeDuration } from './duration';

describe('durations as people say them', () => {
  it('reads the stored ISO-8601 text in the largest whole unit', () => {
    expect(readDuration('PT1M')).toEqual({ amount: 1, unit: 'minutes' });
    expect(readDuration('PT90S')).toEqual({ amount: 90, unit: 'seconds' });
    expect(readDuration('PT1M30S')).toEqual({ amount: 90, unit: 'seconds' });
    expect(readDuration('PT2H')).toEqual({ amount: 2, unit: 'hours' });
    expect(readDuration('P1D')).toBeNull();
    expect(readDuration('PT')).toBeNull();
  });

  it('writes the value the server stores', () => {
    expect(writeDuration(15, 'seconds')).toBe('PT15S');
    expect(writeDuration(5, 'minutes')).toBe('PT5M');
    expect(writeDuration(1, 'hours')).toBe('PT1H');
  });
});
