// How the Recordings tab writes a recording (duration as h:mm:ss, size in MB or GB, status in words) and
// reads the event's retention field; pure, so the tab's logic is tested without a server.
import type { Recording, Stage } from '../lib/types';

/** 3725 → "1:02:05"; 59 → "0:00:59" (hours are not padded and may exceed 24). */
export function hms(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** Bytes in decimal units: "12.3 MB" below 100 MB, "457 MB" below a gigabyte, then "1.25 GB". */
export function size(bytes: number): string {
  const b = Math.max(0, bytes);
  if (b >= 999.5e6) return `${(b / 1e9).toFixed(2)} GB`;
  const mb = b / 1e6;
  return `${mb >= 99.95 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** The status in words; a failed recording's reason follows it. */
export function statusText(r: Pick<Recording, 'status' | 'error'>): string {
  if (r.status === 'recording') return 'Recording now';
  if (r.status === 'complete') return 'Complete';
  return r.error ? `Failed: ${r.error}` : 'Failed';
}

/** Whether any recording is still being written: the tab then reloads every few seconds. */
export function anyRecording(byStage: Record<number, Recording[]>): boolean {
  return Object.values(byStage).some((list) => list.some((r) => r.status === 'recording'));
}

/** The stages that are recorded at all: those streamed to Marquee over RTMP, in the event's order. */
export function recordedStages(stages: Stage[]): Stage[] {
  return stages.filter((s) => s.provider === 'rtmp').sort((a, b) => a.order - b.order);
}

/** How often the tab reloads while a recording is being written, in milliseconds. */
export const REFRESH_MS = 5000;

/**
 * The retention field's text as the API takes it: empty → null (kept for ever), a whole number of days
 * from 1 → that number; anything else → undefined (not a valid value).
 */
export function readRetention(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d+$/.test(t)) return undefined;
  const days = Number(t);
  return days >= 1 && Number.isSafeInteger(days) ? days : undefined;
}
