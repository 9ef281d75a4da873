import { describe, expect, it } from 'vitest';
import { amount, coverText, describeOffsets, readOffset, trimmedWindow, wallClock } from './replayTrim';

describe('trimming a session replay', () => {
  it('reads offsets in whole seconds, negative ones too, empty as none', () => {
    expect(readOffset('')).toBe(0);
    expect(readOffset('30')).toBe(30);
    expect(readOffset(' -60 ')).toBe(-60);
    expect(readOffset('+5')).toBe(5);
    expect(readOffset('1.5')).toBeNull();
    expect(readOffset('-')).toBeNull();
    expect(readOffset('one minute')).toBeNull();
  });

  it('says amounts as people do', () => {
    expect(amount(0)).toBe('0 s');
    expect(amount(30)).toBe('30 s');
    expect(amount(-60)).toBe('1 min');
    expect(amount(90)).toBe('1 min 30 s');
    expect(amount(3725)).toBe('1 h 2 min 5 s');
  });

  it('says what the offsets do: positive is later, negative earlier', () => {
    expect(describeOffsets(0, 0)).toBe('The replay runs from the scheduled start to the scheduled end.');
    expect(describeOffsets(30, -60)).toBe('The replay starts 30 s later and ends 1 min earlier than scheduled.');
    expect(describeOffsets(-45, 0)).toBe('The replay starts 45 s earlier than scheduled and ends as scheduled.');
    expect(describeOffsets(0, 120)).toBe('The replay starts as scheduled and ends 2 min later than scheduled.');
  });

  it('moves the scheduled start and end by the offsets', () => {
    const w = trimmedWindow('2026-09-18T08:00:00Z', '2026-09-18T09:00:00Z', 30, -60);
    expect(w?.from.toISOString()).toBe('2026-09-18T08:00:30.000Z');
    expect(w?.to.toISOString()).toBe('2026-09-18T08:59:00.000Z');
    expect(w?.seconds).toBe(3600 - 90);
    expect(trimmedWindow('2026-09-18T08:00:00Z', '2026-09-18T08:10:00Z', -120, 300)?.seconds).toBe(1020);
  });

  it('refuses a window that would end before it starts', () => {
    expect(trimmedWindow('2026-09-18T08:00:00Z', '2026-09-18T08:10:00Z', 300, -300)).toBeNull();
    expect(trimmedWindow('2026-09-18T08:00:00Z', '2026-09-18T08:10:00Z', 700, 0)).toBeNull();
  });

  it('shows covered times to the second in the event zone', () => {
    expect(wallClock('2026-09-18T08:00:30Z', 'Europe/Berlin')).toBe('10:00:30');
    expect(wallClock('2026-01-18T23:59:59Z', 'UTC')).toBe('23:59:59');
    expect(coverText('2026-09-18T08:00:30Z', '2026-09-18T08:59:00Z', 'America/New_York'))
      .toBe('04:00:30–04:59:00 (0:58:30)');
  });
});
