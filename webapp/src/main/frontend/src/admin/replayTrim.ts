// A session replay's trim: the start and end offsets (seconds from the scheduled start and end) as the
// organizer types them, what they do in words, and the window they give. Pure, tested in replayTrim.test.ts.
import { offsetMinutes } from '../lib/time';
import { hms } from './recordings';

/** An offset field's text: empty → 0, whole seconds (negative allowed) → that number, anything else → null. */
export function readOffset(text: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  if (!/^[-+]?\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/** 30 → "30 s", 60 → "1 min", 90 → "1 min 30 s", 3725 → "1 h 2 min 5 s" (the sign is dropped). */
export function amount(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  const parts = [[Math.floor(s / 3600), 'h'], [Math.floor(s / 60) % 60, 'min'], [s % 60, 's']] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, unit]) => `${n} ${unit}`);
  return said.length > 0 ? said.join(' ') : '0 s';
}

/** What the offsets do: "The replay starts 30 s later and ends 1 min earlier than scheduled." */
export function describeOffsets(startOffset: number, endOffset: number): string {
  const moved = (verb: string, by: number) => `${verb} ${amount(by)} ${by > 0 ? 'later' : 'earlier'}`;
  if (startOffset === 0 && endOffset === 0) return 'The replay runs from the scheduled start to the scheduled end.';
  if (endOffset === 0) return `The replay ${moved('starts', startOffset)} than scheduled and ends as scheduled.`;
  if (startOffset === 0) return `The replay starts as scheduled and ${moved('ends', endOffset)} than scheduled.`;
  return `The replay ${moved('starts', startOffset)} and ${moved('ends', endOffset)} than scheduled.`;
}

export interface Window {
  from: Date;
  to: Date;
  seconds: number;
}

/** [scheduled start + startOffset, scheduled end + endOffset]; null when the end would not come after the start. */
export function trimmedWindow(startsAt: string, endsAt: string, startOffset: number, endOffset: number): Window | null {
  const from = new Date(Date.parse(startsAt) + startOffset * 1000);
  const to = new Date(Date.parse(endsAt) + endOffset * 1000);
  const seconds = Math.round((to.getTime() - from.getTime()) / 1000);
  return seconds > 0 ? { from, to, seconds } : null;
}

/** The wall-clock time in the zone, 24-hour with seconds: "14:00:30" (trims are to the second). */
export function wallClock(instant: Date | string, zone: string): string {
  const at = new Date(instant);
  const shifted = new Date(at.getTime() + offsetMinutes(at, zone) * 60000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}:${two(shifted.getUTCSeconds())}`;
}

/** "14:00:30–14:59:00 (0:58:30)" in the zone. */
export function coverText(from: Date | string, to: Date | string, zone: string): string {
  const seconds = (new Date(to).getTime() - new Date(from).getTime()) / 1000;
  return `${wallClock(from, zone)}–${wallClock(to, zone)} (${hms(seconds)})`;
}
