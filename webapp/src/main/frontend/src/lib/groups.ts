// Group chats: the REST calls, and the pure state changes the panel makes from answers and from the
// group.* frames the stage socket pushes (docs/chat.md).
import { del, get, post } from './api';
import type { CallerSession } from './types';

export interface Person {
  id: string;
  name: string;
}

export interface Group {
  id: string;
  eventId: number;
  name: string | null;
  members: Person[];
  createdAt: string;
}

export interface GroupMessage {
  id: string;
  groupId: string;
  author: { name: string; role: string };
  text: string;
  sentAt: string;
}

export type GroupFrame =
  | ({ type: 'group.message' } & GroupMessage)
  | { type: 'group.updated'; group: Group }
  | { type: 'group.removed'; groupId: string };

export interface GroupsState {
  groups: Group[];
  open: string | null;
  /** Messages of the groups opened so far, oldest first. */
  messages: Record<string, GroupMessage[]>;
  unread: Record<string, number>;
}

export const noGroups: GroupsState = { groups: [], open: null, messages: {}, unread: {} };

const KEEP = 200;

/** Whether group chats of the event are open to this session: organizers, and people signed in for the event. */
export function mayUseGroups(session: CallerSession, eventId: number): boolean {
  return session.signedIn && (session.roles.includes('ORGANIZER') || session.eventId === eventId);
}

/** The group's name, or the names of the others in it. */
export function groupTitle(group: Group, you: string | null): string {
  if (group.name) return group.name;
  const others = group.members.filter((m) => m.id !== you).map((m) => m.name);
  return others.length ? others.join(', ') : 'Just you';
}

/** Both lists as one, each message once, oldest first, at most the latest 200. */
export function mergeMessages(known: GroupMessage[], incoming: GroupMessage[]): GroupMessage[] {
  const byId = new Map<string, GroupMessage>();
  for (const m of [...known, ...incoming]) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id)).slice(-KEEP);
}

export function withGroups(s: GroupsState, groups: Group[]): GroupsState {
  const open = s.open && groups.some((g) => g.id === s.open) ? s.open : null;
  return { ...s, groups, open };
}

export function withHistory(s: GroupsState, groupId: string, history: GroupMessage[]): GroupsState {
  return { ...s, messages: { ...s.messages, [groupId]: mergeMessages(s.messages[groupId] ?? [], history) } };
}

export function opened(s: GroupsState, groupId: string | null): GroupsState {
  return groupId ? { ...s, open: groupId, unread: { ...s.unread, [groupId]: 0 } } : { ...s, open: null };
}

/** The state after a frame from the socket. */
export function applyGroupFrame(s: GroupsState, frame: GroupFrame): GroupsState {
  switch (frame.type) {
    case 'group.updated':
      return { ...s, groups: [frame.group, ...s.groups.filter((g) => g.id !== frame.group.id)] };
    case 'group.removed': {
      const { [frame.groupId]: _gone, ...messages } = s.messages;
      const { [frame.groupId]: _count, ...unread } = s.unread;
      return { groups: s.groups.filter((g) => g.id !== frame.groupId), open: s.open === frame.groupId ? null : s.open,
        messages, unread };
    }
    case 'group.message': {
      const { type: _type, ...message } = frame;
      const next = s.messages[message.groupId] ? withHistory(s, message.groupId, [message]) : s;
      if (s.open === message.groupId) return next;
      return { ...next, unread: { ...next.unread, [message.groupId]: (next.unread[message.groupId] ?? 0) + 1 } };
    }
    default:
      return s;
  }
}

export const groupsApi = {
  people: (eventId: number, query: string) =>
    get<Person[]>(`/events/${eventId}/people?limit=20&q=${encodeURIComponent(query)}`),
  mine: (eventId: number) => get<Group[]>(`/events/${eventId}/groups`),
  create: (eventId: number, name: string, members: string[]) => post<Group>(`/events/${eventId}/groups`, { name, members }),
  history: (groupId: string) => get<GroupMessage[]>(`/groups/${groupId}/messages`),
  send: (groupId: string, text: string) => post<GroupMessage>(`/groups/${groupId}/messages`, { text }),
  leave: (groupId: string) => del(`/groups/${groupId}/members/me`),
};
