// A stage's Q&A queue for its hosts, moderators and organizers: the pinned question, those waiting for
// approval, the open ones by votes, the answered and the hidden, with Approve, Pin/Unpin, Mark answered
// and Hide. Reloaded every 3 s (REST: it lists every question to leaders) and at once after an action.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describe, get, post } from '../lib/api';
import { clock } from '../lib/time';
import type { Stage } from '../lib/types';
import { ConfirmDialog } from './ConfirmDialog';
import { askedBy, groupQueue, idPath, type InteractionSettings, type Question, questionsCsv, REFRESH_MS } from './interaction';
import { useEvery } from './useEvery';

type Action = 'approve' | 'answer' | 'pin' | 'unpin' | 'hide';

interface Props {
  stage: Stage;
  /** the event's timezone: when each question was asked is written in it */
  zone: string;
  qa: InteractionSettings['qa'];
  /** organizers also get the CSV export */
  organizer: boolean;
}

export function QuestionQueue({ stage, zone, qa, organizer }: Props) {
  const [questions, setQuestions] = useState<Question[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Question['id'] | null>(null);
  const [hiding, setHiding] = useState<Question | null>(null);
  // reloads overlap (the timer, an action): only the latest one's answer is shown
  const latest = useRef(0);
  const load = async () => {
    const mine = ++latest.current;
    try {
      const list = await get<Question[]>(`/stages/${stage.id}/questions`);
      if (mine !== latest.current) return;
      setQuestions(list);
      setLoadError(null);
    } catch (e) {
      if (mine === latest.current) setLoadError(describe(e));
    }
  };
  useEffect(() => {
    setQuestions(null);
    load();
  }, [stage.id]);
  useEvery(REFRESH_MS, true, load);
  const act = async (q: Question, action: Action) => {
    setHiding(null);
    setBusy(q.id);
    setActionError(null);
    try {
      await post(`/questions/${idPath(q.id)}/${action}`);
    } catch (e) {
      setActionError(describe(e));
    } finally {
      setBusy(null);
    }
    await load();
  };
  const id = `qa-${stage.id}`;
  const g = groupQueue(questions ?? []);
  const item = (q: Question) => <QuestionItem key={q.id} question={q} zone={zone} busy={busy === q.id} onAction={(a) => act(q, a)}
    onHide={() => setHiding(q)} />;
  return (
    <section aria-labelledby={`${id}-title`} class="qa-queue">
      <div class="spread">
        <h3 id={`${id}-title`}>Q&amp;A queue</h3>
        {organizer && <a href={questionsCsv(stage.id)} download>Export questions (CSV)</a>}
      </div>
      <p class="muted">{!qa.enabled ? `Q&A is off on this stage${organizer ? ': switch it on under Settings' : ''}; attendees cannot ask.`
        : qa.locked ? 'Q&A is locked: no new questions; people can still vote.'
          : qa.premoderated ? 'Pre-moderated: attendees see a question once you approve it.'
            : 'Attendees see questions as they are asked.'} Updated every 3 seconds.</p>
      {loadError && <p class="status error" role="alert">{loadError}</p>}
      {actionError && <p class="status error" role="alert">{actionError}</p>}
      {questions === null && !loadError && <p aria-live="polite">Loading…</p>}
      {questions !== null && questions.length === 0 && <p>No questions yet.</p>}
      {g.pinned && (
        <section aria-labelledby={`${id}-pinned`}>
          <h4 id={`${id}-pinned`}>Pinned: shown over the player</h4>
          <ol class="list questions">{item(g.pinned)}</ol>
        </section>
      )}
      <QuestionGroup id={`${id}-waiting`} title="Waiting for approval" list={g.waiting} render={item} />
      <QuestionGroup id={`${id}-open`} title="Questions, most votes first" list={g.open} render={item} />
      <QuestionGroup id={`${id}-answered`} title="Answered" list={g.answered} render={item} />
      {g.hidden.length > 0 && (
        <details>
          <summary>Hidden ({g.hidden.length})</summary>
          <ol class="list questions" aria-label="Hidden questions">{g.hidden.map(item)}</ol>
        </details>
      )}
      {hiding && <ConfirmDialog title="Hide this question?" confirmLabel="Hide question"
        message={`“${hiding.text}” goes from everyone's queue and cannot be shown again; the export keeps it, marked hidden.`}
        onConfirm={() => act(hiding, 'hide')} onCancel={() => setHiding(null)} />}
    </section>
  );
}

function QuestionGroup({ id, title, list, render }: { id: string; title: string; list: Question[]; render: (q: Question) => JSX.Element }) {
  if (list.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{title} ({list.length})</h4>
      <ol class="list questions">{list.map(render)}</ol>
    </section>
  );
}

/** A question's text cut for a button's label. */
const short = (text: string) => (text.length > 60 ? text.slice(0, 57) + '…' : text);

interface ItemProps {
  question: Question;
  zone: string;
  busy: boolean;
  onAction: (action: Action) => void;
  onHide: () => void;
}

function QuestionItem({ question: q, zone, busy, onAction, onHide }: ItemProps) {
  const name = `“${short(q.text)}”`;
  const button = (label: string, action: Action, cls = 'secondary small') => (
    <button class={cls} disabled={busy} aria-label={`${label} ${name}`} onClick={() => onAction(action)}>{label}</button>
  );
  return (
    <li class="question">
      <p class="question-text">{q.text}</p>
      <p class="muted">{askedBy(q)} · <time dateTime={q.createdAt}>{clock(q.createdAt, zone)}</time>
        {q.answered && <> · <span class="badge">Answered</span></>}
        {q.hidden && <> · <span class="badge">Hidden</span></>}</p>
      {!q.hidden && (
        <span class="row">
          {!q.approved && button('Approve', 'approve', 'small')}
          {q.approved && (q.pinned ? button('Unpin', 'unpin') : button('Pin', 'pin'))}
          {q.approved && !q.answered && button('Mark answered', 'answer')}
          <button class="danger small" disabled={busy} aria-label={`Hide ${name}`} onClick={onHide}>Hide</button>
        </span>
      )}
    </li>
  );
}
