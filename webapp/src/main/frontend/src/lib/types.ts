// The JSON shapes of the REST API (CONTRACT.md and /openapi).

export type Access = 'PUBLIC' | 'TICKETED' | 'PRIVATE';

/** How an event looks (server-checked colours as #rrggbb; image URLs on this server); null parts are unset. */
export interface Branding {
  accent?: string | null;
  background?: string | null;
  text?: string | null;
  logoUrl?: string | null;
  logoAlt?: string | null;
  headerUrl?: string | null;
  about?: string | null;
}

export interface MarqueeEvent {
  id: number;
  slug: string;
  title: string;
  description: string | null;
  timezone: string;
  access: Access;
  branding?: Branding | null;
  /** Days the event's recordings are kept; null keeps them for ever. */
  recordingRetentionDays?: number | null;
  /** Origins allowed to frame the event's player page (/embed/{event}/{stage}); empty: Marquee's own pages only. */
  embedOrigins?: string[];
  /** Streams one person may play at once in the event; null for no limit. */
  maxConcurrentStreams?: number | null;
}

export interface Stage {
  id: number;
  eventId: number;
  slug: string;
  name: string;
  order: number;
  provider: string;
  live: boolean;
  settings?: Record<string, unknown>;
  chat?: Record<string, unknown>;
  [detail: string]: unknown;
}

export interface Session {
  id: number;
  stageId: number;
  title: string;
  description: string | null;
  speakers: string[] | null;
  startsAt: string;
  endsAt: string;
}

export interface StageSchedule {
  stageId: number;
  slug: string;
  name: string;
  now: Session | null;
  next: Session | null;
  sessions: Session[];
}

export interface Schedule {
  eventId: number;
  timezone: string;
  at: string;
  stages: StageSchedule[];
}

export interface PlaybackSource {
  type: string;
  url?: string;
  title?: string;
  thumbnail?: string;
  [attribute: string]: unknown;
}

export interface Playback {
  provider: string;
  live: boolean;
  sources: PlaybackSource[];
}

export interface CallerSession {
  signedIn: boolean;
  subject: string | null;
  displayName: string | null;
  email: string | null;
  roles: string[];
  eventId: number | null;
  endedReason: string | null;
  /** An account's roles for single events and stages (platform-wide ones are in roles). */
  grants?: Grant[];
}

/** A role for one event (stageId null) or one of its stages. */
export interface Grant {
  role: 'ORGANIZER' | 'HOST' | 'MODERATOR' | string;
  eventId: number;
  stageId: number | null;
}

export type SettingType =
  | 'STRING' | 'TEXT' | 'URL' | 'INTEGER' | 'BOOLEAN' | 'DURATION' | 'CHOICE' | 'STRING_LIST' | 'STRING_MAP';

export interface SettingView {
  name: string;
  label: string;
  help: string | null;
  type: SettingType;
  defaultValue: unknown;
  required: boolean;
  secret: boolean;
  choices: string[] | null;
}

export interface Plugin {
  id: string;
  kind: 'MEDIA' | 'TICKETING' | 'AUTHENTICATION' | 'CHAT' | string;
  name: string;
  version: string | null;
  configured: boolean;
  /** What is missing while not configured (settings or environment variables to set). */
  configurationHint?: string | null;
  settings: SettingView[];
}

export interface SessionSaved {
  session: Session;
  overlaps: Session[];
}

/** An event the signed-in attendee holds a ticket for (GET /api/v1/me/events). */
export interface MyEvent {
  id: number;
  slug: string;
  title: string;
  description: string | null;
  access: Access;
  signedInHere: boolean;
}

/** One recording of an rtmp stage's stream (GET /api/v1/stages/{id}/recordings). */
export interface Recording {
  id: number;
  stageId: number;
  startedAt: string;
  /** null while recording */
  endedAt: string | null;
  durationSeconds: number;
  status: 'recording' | 'complete' | 'failed';
  sizeBytes: number;
  published: boolean;
  /** why it failed, as a sentence */
  error: string | null;
}

/** A past session a replay exists for (GET /api/v1/events/{id}/replays), in schedule order. */
export interface ReplaySummary {
  sessionId: number;
  stageId: number;
  stageSlug: string;
  stageName: string;
  title: string;
  startsAt: string;
  endsAt: string;
  durationSeconds: number;
  published: boolean;
}

/**
 * A playable replay: of a session (trimmed by the offsets) or of a whole recording. Replay time 0 is the
 * instant `from`; the sources are signed, expiring VOD playlists.
 */
export interface Replay {
  sessionId?: number;
  stageId: number;
  title: string;
  from: string;
  to: string;
  durationSeconds: number;
  published: boolean;
  startOffsetSeconds?: number;
  endOffsetSeconds?: number;
  sources: PlaybackSource[];
  /** the address of the chat log for the replay's window, or null */
  chat?: string | null;
  /** where each recording's part starts (in replay seconds and on the wall clock) */
  timeline?: { at: number; wallClock: string }[];
}
