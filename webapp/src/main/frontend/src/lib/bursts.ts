// Reactions over the player (issue 17). The server sends reaction.burst frames with counts per emoji,
// at most four a second; the page shows a bounded number of floating emoji for them (a burst of 10,000
// claps must not put 10,000 nodes on the page) and, when the visitor prefers reduced motion, running
// totals instead. Sending is held to the server's limit (5 a second per person) so clicks past it are
// not sent only to be dropped.

/** One floating emoji on screen. */
export interface Particle {
  key: number;
  emoji: string;
  /** Horizontal place, 0–100 (% of the overlay's width). */
  x: number;
  /** Born at (ms); it leaves after LIFETIME_MS. */
  born: number;
}

export const LIFETIME_MS = 2000;

/**
 * Turns burst counts into particles: one per click for small counts, then fewer (a logarithmic scale),
 * and never more than `maxAlive` on screen at once. Not thread-bound: one per page, called from frame handlers.
 */
export class BurstThrottle {
  private alive: Particle[] = [];
  private next = 0;

  constructor(private readonly maxAlive = 40, private readonly random: () => number = Math.random) {}

  /** How many particles a count is shown as: 1→1 … 5→5, then growing with the logarithm, at most 12. */
  static shown(count: number): number {
    if (count <= 0) return 0;
    if (count <= 5) return Math.floor(count);
    return Math.min(12, 5 + Math.ceil(Math.log2(count / 5)));
  }

  /** Adds a burst's particles at `now`; returns those on screen (oldest first). */
  add(counts: Record<string, number>, now: number): Particle[] {
    this.prune(now);
    for (const [emoji, count] of Object.entries(counts)) {
      for (let i = 0; i < BurstThrottle.shown(Number(count)); i++) {
        if (this.alive.length >= this.maxAlive) this.alive.shift();
        this.alive.push({ key: this.next++, emoji, x: 5 + this.random() * 90, born: now });
      }
    }
    return [...this.alive];
  }

  /** The particles still on screen at `now`. */
  prune(now: number): Particle[] {
    this.alive = this.alive.filter((p) => now - p.born < LIFETIME_MS);
    return [...this.alive];
  }
}

/** Adds a burst's counts to running totals (what a reduced-motion page shows). */
export function addTotals(totals: Record<string, number>, counts: Record<string, number>): Record<string, number> {
  const next = { ...totals };
  for (const [emoji, count] of Object.entries(counts)) next[emoji] = (next[emoji] ?? 0) + (Number(count) || 0);
  return next;
}

/** At most `perSecond` sends in any second (a sliding window); `take` says whether one may go now. */
export class SendLimiter {
  private sent: number[] = [];

  constructor(private readonly perSecond = 5) {}

  take(now: number): boolean {
    this.sent = this.sent.filter((t) => now - t < 1000);
    if (this.sent.length >= this.perSecond) return false;
    this.sent.push(now);
    return true;
  }
}
