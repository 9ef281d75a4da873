// Replays of past sessions: the JSON shapes (recording API), and the pure rules of the replay page:
// which chat messages a viewer has reached at a point of the video, where the replay's chat log is read.
import { ApiError } from './api';

// The recording API's shapes live with the others in ./types; the page uses these two.
import type { Replay, ReplaySummary } from './types';

export type { Replay, ReplaySummary };

/** A chat message of a replay: the live chat's fields and when in the replay it was sent. */
export interface ReplayChatMessage {
  id: string;
  offsetMillis: number;
  sentAt: string;
  author: { id: string; name: string; role: string };
  text: string;
}

export interface ReplayChatLog {
  from: string;
  messages: ReplayChatMessage[];
}

/** The session id of a stage page's {@code ?replay=}, or null when the page is the live stage. */
export function replayIdOf(search: string): number | null {
  const raw = new URLSearchParams(search).get('replay');
  if (raw === null || !/^\d{1,15}$/.test(raw.trim())) return null;
  const id = Number(raw.trim());
  return id > 0 ? id : null;
}

/** The page of a session's replay: its stage's page with {@code ?replay=}. */
export function replayHref(eventSlug: string, replay: Pick<ReplaySummary, 'stageSlug' | 'sessionId'>): string {
  return `/e/${encodeURIComponent(eventSlug)}/${encodeURIComponent(replay.stageSlug)}?replay=${replay.sessionId}`;
}

/**
 * The messages in the order they are shown: by offset, sent order kept among equal offsets (the log
 * comes in sent order already; this makes {@link shownCount} safe whatever came).
 */
export function byOffset(messages: ReplayChatMessage[]): ReplayChatMessage[] {
  return messages.map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.offsetMillis - b.m.offsetMillis || a.i - b.i)
    .map(({ m }) => m);
}

/** Where a replay's part starts: replay time {@code at} (seconds) shows the wall-clock instant {@code wallClock}. */
export interface TimelinePoint {
  at: number;
  wallClock: string;
}

/**
 * The messages with their offsets moved from wall-clock time (milliseconds after the replay's
 * {@code from}) to replay time. They differ when the replay is made of several recordings (the
 * publisher reconnected): the time between them is not in the video, so what was said after a gap
 * comes that much earlier, and what was said during a gap comes where the video picks up again.
 */
export function onTimeline(messages: ReplayChatMessage[], from: string, timeline: TimelinePoint[] | undefined): ReplayChatMessage[] {
  if (!timeline || timeline.length < 2) return messages;
  const start = Date.parse(from);
  const points = timeline.map((p) => ({ at: p.at * 1000, wall: Date.parse(p.wallClock) }));
  return messages.map((m) => {
    const wall = start + m.offsetMillis;
    let i = 0;
    while (i + 1 < points.length && points[i + 1].wall <= wall) i++;
    let at = points[i].at + Math.max(0, wall - points[i].wall);
    if (i + 1 < points.length) at = Math.min(at, points[i + 1].at);
    return at === m.offsetMillis ? m : { ...m, offsetMillis: Math.round(at) };
  });
}

/**
 * How many of the messages (ordered by offset) a viewer at {@code positionSeconds} of the video has
 * reached: those with {@code positionSeconds * 1000 >= offsetMillis}. Seeking back shows fewer again.
 */
export function shownCount(messages: ReplayChatMessage[], positionSeconds: number): number {
  if (!Number.isFinite(positionSeconds)) return 0;
  const at = positionSeconds * 1000;
  let low = 0;
  let high = messages.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (messages[mid].offsetMillis <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where in the replay a message was sent, as the video's controls show time: "4:05", "1:02:03". */
export function replayClock(offsetMillis: number): string {
  const total = Math.max(0, Math.floor(offsetMillis / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "45 min", "1 h 30 min", for a replay's length. */
export function replayLength(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The path under /api/v1 of a chat log's address (site-relative), or null for an address elsewhere. */
export function apiPathOf(address: string): string | null {
  const prefix = '/api/v1/';
  return address.startsWith(prefix) ? address.slice(prefix.length - 1) : null;
}

/** Whether the server has no such endpoint (yet): the list of replays is then simply not shown. */
export function noSuchEndpoint(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 405);
}
