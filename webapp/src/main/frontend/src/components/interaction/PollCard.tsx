// The stage's open (or just closed) poll: vote (one option, or several when the poll allows), change
// the vote while it is open if the poll allows, and the results as bars once they are shown.
import { useState } from 'preact/hooks';
import { mayVote, shares, type Poll } from '../../lib/interaction';

export function PollCard({ poll, send }: { poll: Poll; send: (frame: object) => void }) {
  const [chosen, setChosen] = useState<number[]>(poll.mine ?? []);
  const voting = mayVote(poll);
  const pick = (index: number, on: boolean) => {
    setChosen((c) => (poll.multiple ? (on ? [...c.filter((i) => i !== index), index].sort((a, b) => a - b) : c.filter((i) => i !== index)) : [index]));
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (chosen.length > 0) send({ type: 'poll.vote', id: poll.id, options: chosen });
  };
  const percent = shares(poll);
  const title = `poll-${poll.id}-title`;
  return (
    <section class="card poll" aria-labelledby={title} data-poll-id={poll.id}>
      <h2 id={title}>Poll{poll.state === 'closed' && <span class="muted"> (closed)</span>}</h2>
      <p class="poll-question"><strong>{poll.question}</strong></p>
      {voting && (
        <form class="stack" onSubmit={submit}>
          <fieldset>
            <legend class="visually-hidden">{poll.multiple ? 'Pick one or more' : 'Pick one'}</legend>
            {poll.options.map((option, i) => (
              <label key={i} class="check">
                <input type={poll.multiple ? 'checkbox' : 'radio'} name={`poll-${poll.id}`} value={i}
                  checked={chosen.includes(i)} onChange={(e) => pick(i, (e.target as HTMLInputElement).checked)} />
                {option}
              </label>
            ))}
          </fieldset>
          <div><button type="submit" disabled={chosen.length === 0}>{poll.mine ? 'Change vote' : 'Vote'}</button></div>
        </form>
      )}
      {poll.mine && <p class="muted" aria-live="polite">You voted for {poll.mine.map((i) => poll.options[i]).join(', ')}.</p>}
      {poll.counts ? (
        <ul class="list poll-results" aria-label="Results">
          {poll.options.map((option, i) => (
            <li key={i}>
              <div class="spread"><span>{option}</span><span class="muted">{poll.counts?.[i] ?? 0} · {percent[i]}%</span></div>
              <div class="bar" aria-hidden="true"><span style={{ width: `${percent[i]}%` }} /></div>
            </li>
          ))}
        </ul>
      ) : !voting && <p class="muted">Results are shown when the poll closes.</p>}
      {poll.counts && <p class="muted">{poll.total} {poll.total === 1 ? 'vote' : 'votes'}</p>}
    </section>
  );
}
