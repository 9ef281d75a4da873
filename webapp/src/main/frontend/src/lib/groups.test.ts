import { describe, expect, it } from 'vitest';
import { applyGroupFrame, type Group, type GroupMessage, groupTitle, mayUseGroups, mergeMessages, noGroups, opened, withGroups,
  withHistory } from './groups';
import type { CallerSession } from './types';

const group = (id: string, name: string | null = null): Group => ({
  id, eventId: 1, name, createdAt: '2026-05-04T10:00:00Z',
  members: [{ id: 'attendee:1', name: 'Ada' }, { id: 'attendee:2', name: 'Bob' }, { id: 'attendee:3', name: 'Cy' }],
});
const message = (id: string, groupId = '7'): GroupMessage => ({
  id, groupId, author: { name: 'Ada', role: 'viewer' }, text: 'hi ' + id, sentAt: '2026-05-04T10:00:00Z',
});

const session = (over: Partial<CallerSession>): CallerSession => ({
  signedIn: true, subject: 'attendee:1', displayName: 'Ada', email: null, roles: ['VIEWER'], eventId: 1, endedReason: null, ...over,
});

describe('group chats', () => {
  it('are for organizers and people signed in for the event, never guests', () => {
    expect(mayUseGroups(session({}), 1)).toBe(true);
    expect(mayUseGroups(session({}), 2)).toBe(false);
    expect(mayUseGroups(session({ roles: ['ORGANIZER'], eventId: null }), 2)).toBe(true);
    expect(mayUseGroups(session({ signedIn: false, roles: [], eventId: null }), 1)).toBe(false);
  });

  it('names a group by its name, or by the others in it', () => {
    expect(groupTitle(group('7', 'Lunch'), 'attendee:1')).toBe('Lunch');
    expect(groupTitle(group('7'), 'attendee:1')).toBe('Bob, Cy');
    expect(groupTitle({ ...group('7'), members: [{ id: 'attendee:1', name: 'Ada' }] }, 'attendee:1')).toBe('Just you');
  });

  it('keeps each message once, in order, whether it came as an answer or a frame', () => {
    const merged = mergeMessages([message('10'), message('12')], [message('11'), message('12'), message('9')]);
    expect(merged.map((m) => m.id)).toEqual(['9', '10', '11', '12']);
  });

  it('counts unread messages of groups that are not open and appends to loaded ones', () => {
    let s = withGroups(noGroups, [group('7'), group('8')]);
    s = opened(withHistory(s, '7', [message('1')]), '7');
    s = applyGroupFrame(s, { type: 'group.message', ...message('2') });
    s = applyGroupFrame(s, { type: 'group.message', ...message('3', '8') });
    expect(s.messages['7'].map((m) => m.id)).toEqual(['1', '2']);
    expect(s.messages['8']).toBeUndefined();
    expect(s.unread).toEqual({ '7': 0, '8': 1 });
    expect(opened(s, '8').unread['8']).toBe(0);
  });

  it('puts new or changed groups first and forgets a group one left', () => {
    let s = withGroups(noGroups, [group('7'), group('8')]);
    s = applyGroupFrame(s, { type: 'group.updated', group: group('8', 'Renamed') });
    expect(s.groups.map((g) => g.name)).toEqual(['Renamed', null]);
    s = opened(withHistory(s, '8', [message('1', '8')]), '8');
    s = applyGroupFrame(s, { type: 'group.removed', groupId: '8' });
    expect(s.groups.map((g) => g.id)).toEqual(['7']);
    expect(s.open).toBeNull();
    expect(s.messages['8']).toBeUndefined();
  });
});
