// A poll's options with, once it has been open, each one's votes and share of the voters as a number and
// a bar (the bar is decoration: the numbers say it all to screen readers).
import { percent, type Poll } from './interaction';

export function PollResults({ poll }: { poll: Poll }) {
  if (poll.state === 'draft') {
    return <ol class="poll-results">{poll.options.map((o, i) => <li key={i}>{o}</li>)}</ol>;
  }
  const total = poll.total ?? 0;
  const voters = total === 1 ? '1 voter' : `${total} voters`;
  return (
    <>
      <ol class="poll-results" aria-label={`Results of “${poll.question}”`}>
        {poll.options.map((o, i) => {
          const count = poll.counts[i] ?? 0;
          const share = percent(count, total);
          return (
            <li key={i}>
              <div class="spread"><span>{o}</span>
                <span class="time">{count === 1 ? '1 vote' : `${count} votes`} ({share}%)</span></div>
              <div class="bar" aria-hidden="true"><span style={{ width: `${share}%` }} /></div>
            </li>
          );
        })}
      </ol>
      <p class="muted">{voters}{poll.multiple ? '; each may pick several options, so the shares add up to more than 100%' : ''}.</p>
    </>
  );
}
