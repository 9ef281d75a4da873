// Where a stage is in its schedule at a given moment.
import type { Session } from './types';

export interface StageMoment {
  now: Session | null;
  next: Session | null;
  /** Before the stage's first session. */
  beforeFirst: boolean;
  /** After the stage's last session. */
  over: boolean;
}

/** The session on now, the next one, and whether the stage has not started yet or is over. */
export function momentOf(sessions: Session[], at: Date): StageMoment {
  const t = at.getTime();
  const sorted = [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const now = sorted.find((s) => Date.parse(s.startsAt) <= t && t < Date.parse(s.endsAt)) ?? null;
  const next = sorted.find((s) => Date.parse(s.startsAt) > t) ?? null;
  const beforeFirst = sorted.length > 0 && Date.parse(sorted[0].startsAt) > t;
  const over = sorted.length > 0 && sorted.every((s) => Date.parse(s.endsAt) <= t);
  return { now, next, beforeFirst, over };
}

/** The sessions of the list that overlap the given time range, except the one with {@code ignoreId}. */
export function overlapping(sessions: Session[], startsAt: string, endsAt: string, ignoreId?: number): Session[] {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  return sessions.filter((s) => s.id !== ignoreId && Date.parse(s.startsAt) < end && start < Date.parse(s.endsAt));
}
