// The stage's reaction buttons (its set of emoji); clicks past five a second are not sent (the server
// would drop them).
import { useRef } from 'preact/hooks';
import { SendLimiter } from '../../lib/bursts';

export function ReactionBar({ set, send }: { set: string[]; send: (frame: object) => void }) {
  const limiter = useRef(new SendLimiter(5));
  const react = (emoji: string) => {
    if (limiter.current.take(Date.now())) send({ type: 'reaction.send', emoji });
  };
  return (
    <div class="reactions row" role="group" aria-label="React">
      {set.map((emoji) => (
        <button key={emoji} type="button" class="secondary reaction" aria-label={`React with ${emoji}`}
          onClick={() => react(emoji)}>{emoji}</button>
      ))}
    </div>
  );
}
