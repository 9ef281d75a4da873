import { describe, expect, it } from 'vitest';
import type { CallerSession } from '../lib/types';
import { mayUseConsole, moderates, organizes, platformOrganizer, teamEvents } from './team';

const session = (roles: string[], grants: CallerSession['grants']): CallerSession => ({
  signedIn: true, subject: 'account:2', displayName: 'Hana', email: 'h@x', roles, eventId: null, endedReason: null, grants,
});

describe('team access in the console', () => {
  it('lets a host of one stage in, for that stage only', () => {
    const host = session([], [{ role: 'HOST', eventId: 1, stageId: 10 }]);
    expect(mayUseConsole(host)).toBe(true);
    expect(platformOrganizer(host)).toBe(false);
    expect(organizes(host, 1)).toBe(false);
    expect(moderates(host, 1, 10)).toBe(true);
    expect(moderates(host, 1, 11)).toBe(false);
    expect([...teamEvents(host)!]).toEqual([1]);
  });

  it('gives a co-organizer their event and every stage of it, not other events', () => {
    const co = session([], [{ role: 'ORGANIZER', eventId: 1, stageId: null }]);
    expect(organizes(co, 1)).toBe(true);
    expect(organizes(co, 2)).toBe(false);
    expect(moderates(co, 1, 99)).toBe(true);
  });

  it('keeps people without roles out and lets platform organizers see everything', () => {
    expect(mayUseConsole(session(['VIEWER'], []))).toBe(false);
    expect(mayUseConsole({ ...session([], []), signedIn: false })).toBe(false);
    const org = session(['ORGANIZER'], []);
    expect(teamEvents(org)).toBeNull();
    expect(organizes(org, 5)).toBe(true);
  });
});
