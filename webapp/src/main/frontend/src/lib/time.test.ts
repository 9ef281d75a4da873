import { describe, expect, it } from 'vitest';
import { fromLocalInput, offsetMinutes, sameOffset, toLocalInput, until } from './time';

describe('time zones', () => {
  it('knows the offset of a zone at an instant, across daylight saving', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('turns an instant into wall time in the zone and back', () => {
    expect(toLocalInput('2026-11-21T09:30:00Z', 'Europe/Sofia')).toBe('2026-11-21T11:30');
    expect(fromLocalInput('2026-11-21T11:30', 'Europe/Sofia')).toBe('2026-11-21T11:30:00+02:00');
    expect(fromLocalInput('2026-07-01T08:00', 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
    expect(Date.parse(fromLocalInput(toLocalInput('2026-03-29T00:30:00Z', 'Europe/Berlin'), 'Europe/Berlin')))
      .toBe(Date.parse('2026-03-29T00:30:00Z'));
  });

  it('compares zones by their offset at the moment', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    expect(sameOffset(winter, 'Europe/Berlin', 'Europe/Paris')).toBe(true);
    expect(sameOffset(winter, 'Europe/Berlin', 'Europe/London')).toBe(false);
  });

  it('says how long until a moment', () => {
    const from = new Date('2026-11-21T10:00:00Z');
    expect(until(from, new Date('2026-11-21T10:05:00Z'))).toBe('in 5 min');
    expect(until(from, new Date('2026-11-21T12:10:00Z'))).toBe('in 2 h 10 min');
    expect(until(from, new Date('2026-11-25T10:00:00Z'))).toBe('in 4 days');
  });
});
