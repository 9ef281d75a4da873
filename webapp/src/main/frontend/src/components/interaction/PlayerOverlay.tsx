// Over the player: the question being answered (pinned by a host) and the audience's reactions, as
// floating emoji, or, for visitors who prefer reduced motion, as running counts that do not move.
import type { Particle } from '../../lib/bursts';
import type { Question } from '../../lib/interaction';

interface Props {
  pinned: Question | null;
  particles: Particle[];
  totals: Record<string, number>;
  reducedMotion: boolean;
}

export function PlayerOverlay({ pinned, particles, totals, reducedMotion }: Props) {
  const counts = Object.entries(totals);
  return (
    <div class="player-overlay" aria-hidden={pinned ? undefined : 'true'}>
      {pinned && (
        <div class="pinned-question" role="note" aria-label="Question being answered">
          <strong>Q:</strong> {pinned.text}
          <span class="muted"> · {pinned.author ? pinned.author.name : 'Anonymous'}</span>
        </div>
      )}
      {reducedMotion
        ? counts.length > 0 && (
          <ul class="reaction-totals" aria-label="Reactions so far">
            {counts.map(([emoji, n]) => <li key={emoji}>{emoji} {n}</li>)}
          </ul>
        )
        : (
          <div class="bursts">
            {particles.map((p) => <span key={p.key} class="burst" style={{ left: `${p.x}%` }}>{p.emoji}</span>)}
          </div>
        )}
    </div>
  );
}
