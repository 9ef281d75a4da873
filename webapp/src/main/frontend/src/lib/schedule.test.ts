import { describe, expect, it } from 'vitest';
import { momentOf, overlapping } from './schedule';
import type { Session } from './types';

const session = (id: number, start: string, end: string): Session => ({
  id, stageId: 1, title: 'Talk ' + id, description: null, speakers: [],
  startsAt: `2026-11-21T${start}:00Z`, endsAt: `2026-11-21T${end}:00Z`,
});

const day = [session(2, '11:00', '12:00'), session(1, '10:00', '10:45'), session(3, '13:00', '14:00')];

describe('where a stage is in its schedule', () => {
  it('finds the session on now and the next one', () => {
    const m = momentOf(day, new Date('2026-11-21T10:30:00Z'));
    expect(m.now?.id).toBe(1);
    expect(m.next?.id).toBe(2);
    expect(m.beforeFirst).toBe(false);
  });

  it('is before the first session, then between sessions, then over', () => {
    expect(momentOf(day, new Date('2026-11-21T09:00:00Z'))).toMatchObject({ now: null, beforeFirst: true });
    expect(momentOf(day, new Date('2026-11-21T12:30:00Z'))).toMatchObject({ now: null, beforeFirst: false, over: false });
    expect(momentOf(day, new Date('2026-11-21T14:00:00Z'))).toMatchObject({ now: null, next: null, over: true });
  });

  it('has nothing to say about an empty schedule', () => {
    expect(momentOf([], new Date())).toEqual({ now: null, next: null, beforeFirst: false, over: false });
  });

  it('finds overlaps, ignoring the session being edited and touching ends', () => {
    expect(overlapping(day, '2026-11-21T10:30:00Z', '2026-11-21T11:30:00Z').map((s) => s.id)).toEqual([2, 1]);
    expect(overlapping(day, '2026-11-21T10:45:00Z', '2026-11-21T11:00:00Z')).toEqual([]);
    expect(overlapping(day, '2026-11-21T10:00:00Z', '2026-11-21T10:50:00Z', 1)).toEqual([]);
  });
});
