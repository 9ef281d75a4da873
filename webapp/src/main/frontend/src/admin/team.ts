// What a signed-in person may use in the console, read from their session (the API stays the authority:
// this only decides what to show), and the table of who may do what.
import type { CallerSession, Grant } from '../lib/types';

export const TEAM_ROLES = ['ORGANIZER', 'HOST', 'MODERATOR'] as const;

export function platformOrganizer(s: CallerSession | null | undefined): boolean {
  return !!s?.signedIn && s.roles.includes('ORGANIZER');
}

function grants(s: CallerSession | null | undefined): Grant[] {
  return s?.signedIn ? s.grants ?? [] : [];
}

/** Whether the person may use the console at all: a platform organizer, or on some event's team. */
export function mayUseConsole(s: CallerSession | null | undefined): boolean {
  return platformOrganizer(s) || grants(s).length > 0;
}

/** Whether the person runs the event: a platform organizer or an organizer of that event. */
export function organizes(s: CallerSession | null | undefined, eventId: number): boolean {
  return platformOrganizer(s) || grants(s).some((g) => g.role === 'ORGANIZER' && g.eventId === eventId && g.stageId === null);
}

/** The events the person has a role for (every event for platform organizers: null). */
export function teamEvents(s: CallerSession | null | undefined): Set<number> | null {
  return platformOrganizer(s) ? null : new Set(grants(s).map((g) => g.eventId));
}

/** Whether the person moderates the stage's chat (organizers of the event, its hosts and moderators). */
export function moderates(s: CallerSession | null | undefined, eventId: number, stageId: number): boolean {
  return organizes(s, eventId) || grants(s).some((g) => (g.role === 'HOST' || g.role === 'MODERATOR')
    && g.eventId === eventId && (g.stageId === null || g.stageId === stageId));
}

/** The role in words, with where it applies. */
export function scopeLabel(scope: string, stageName: string | null): string {
  if (scope === 'platform') return 'every event (platform)';
  return stageName ? `stage ${stageName}` : 'this event';
}

/** Rows of the "who may do what" table: an action and, per role, yes or no. */
export const PERMISSIONS: ReadonlyArray<{ action: string; organizer: boolean; coOrganizer: boolean; host: boolean; moderator: boolean }> = [
  { action: 'Create and delete events, plugins, platform settings', organizer: true, coOrganizer: false, host: false, moderator: false },
  { action: 'Edit this event', organizer: true, coOrganizer: true, host: false, moderator: false },
  { action: 'Manage stages and stream keys', organizer: true, coOrganizer: true, host: false, moderator: false },
  { action: 'Edit the schedule', organizer: true, coOrganizer: true, host: false, moderator: false },
  { action: 'Tickets and attendees', organizer: true, coOrganizer: true, host: false, moderator: false },
  { action: 'Invite and remove team members', organizer: true, coOrganizer: true, host: false, moderator: false },
  { action: 'Moderate chat on their stages (delete, time out, ban, pin, slow mode)', organizer: true, coOrganizer: true, host: true, moderator: true },
  { action: 'Run Q&A and polls on their stages (approve, pin, answer, hide; prepare, open, close polls)', organizer: true, coOrganizer: true, host: true, moderator: true },
  { action: "Set a stage's Q&A, polls and reactions; export questions and results", organizer: true, coOrganizer: true, host: false, moderator: false },
  { action: 'Watch the event, even private or ticketed', organizer: true, coOrganizer: true, host: true, moderator: true },
];
