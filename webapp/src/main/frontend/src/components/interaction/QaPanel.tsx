// The stage's questions: ask (anonymously when the stage allows it), upvote once, the queue by votes
// then age; hosts, moderators and organizers answer, pin (shown over the player), hide and approve.
import { useState } from 'preact/hooks';
import type { InteractionSettings, Question } from '../../lib/interaction';

interface Props {
  qa: InteractionSettings['qa'];
  questions: Question[];
  /** Whether this person leads the stage (sees the moderation buttons and hidden questions). */
  leads: boolean;
  /** This person's id on the socket, to know their own questions (their vote counts already). */
  you: string | null;
  connected: boolean;
  send: (frame: object) => void;
}

const MAX = 500;

export function QaPanel({ qa, questions, leads, you, connected, send }: Props) {
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [voted, setVoted] = useState<Set<string>>(new Set());
  const ask = (e: Event) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    send(qa.anonymous && anonymous ? { type: 'qa.ask', text: trimmed, anonymous: true } : { type: 'qa.ask', text: trimmed });
    setText('');
  };
  const vote = (id: string) => {
    setVoted((v) => new Set(v).add(id));
    send({ type: 'qa.vote', id });
  };
  const shown = leads ? questions : questions.filter((q) => !q.hidden);
  return (
    <section class="card qa" aria-labelledby="qa-title">
      <h2 id="qa-title">Questions</h2>
      {qa.locked ? <p class="muted">Questions are closed.</p> : (
        <form class="stack" onSubmit={ask}>
          <label>
            Your question
            <textarea name="question" class="question-text" value={text} maxLength={MAX} rows={2}
              onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
            {qa.premoderated && <span class="help">A moderator reviews questions before others see them.</span>}
          </label>
          {qa.anonymous && (
            <label class="check">
              <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous((e.target as HTMLInputElement).checked)} />
              Ask anonymously
            </label>
          )}
          <div><button type="submit" disabled={!connected || !text.trim()}>Ask</button></div>
        </form>
      )}
      {shown.length === 0 ? <p class="muted">No questions yet.</p> : (
        <ol class="list questions" aria-label="Questions, most votes first">
          {shown.map((q) => (
            <QuestionItem key={q.id} question={q} leads={leads} connected={connected}
              mayVote={!voted.has(q.id) && q.author?.id !== you && !q.answered} onVote={() => vote(q.id)} send={send} />
          ))}
        </ol>
      )}
    </section>
  );
}

interface ItemProps {
  question: Question;
  leads: boolean;
  connected: boolean;
  mayVote: boolean;
  onVote: () => void;
  send: (frame: object) => void;
}

function QuestionItem({ question: q, leads, connected, mayVote, onVote, send }: ItemProps) {
  const by = q.author ? q.author.name : 'Anonymous';
  return (
    <li class="question" data-question-id={q.id}>
      <div class="spread">
        <span class="votes" aria-label={`${q.votes} ${q.votes === 1 ? 'vote' : 'votes'}`}>▲ {q.votes}</span>
        <button type="button" class="secondary small" disabled={!connected || !mayVote} onClick={onVote}
          aria-label={`Upvote the question of ${by}`}>Upvote</button>
      </div>
      <p class="question-body">{q.text}</p>
      <p class="muted">
        {by}
        {q.answered && <> <span class="badge">answered</span></>}
        {q.pinned && <> <span class="badge">pinned</span></>}
        {!q.approved && <> <span class="badge">awaiting approval</span></>}
        {q.hidden && <> <span class="badge">hidden</span></>}
      </p>
      {leads && (
        <div class="row mod" role="group" aria-label={`Moderate the question of ${by}`}>
          {!q.approved && <button type="button" class="small" onClick={() => send({ type: 'qa.approve', id: q.id })}>Approve</button>}
          {!q.answered && <button type="button" class="secondary small" onClick={() => send({ type: 'qa.answer', id: q.id })}>Mark answered</button>}
          {q.pinned
            ? <button type="button" class="secondary small" onClick={() => send({ type: 'qa.unpin' })}>Unpin</button>
            : <button type="button" class="secondary small" onClick={() => send({ type: 'qa.pin', id: q.id })}>Pin</button>}
          {!q.hidden && <button type="button" class="danger small" onClick={() => send({ type: 'qa.hide', id: q.id })}>Hide</button>}
        </div>
      )}
    </li>
  );
}
