// A stage's polls for its hosts, moderators and organizers: the new-poll form and every poll with its
// state, rules and results, and Open, Close, Delete and (organizers) the CSV export. While a poll is
// open the list is reloaded every 3 s, so its results move as people vote.
import { useEffect, useRef, useState } from 'preact/hooks';
import { del, describe, get, post } from '../lib/api';
import type { Stage } from '../lib/types';
import { ConfirmDialog } from './ConfirmDialog';
import { idPath, openPoll, type Poll, pollCsv, pollRules, REFRESH_MS, STATE_LABEL } from './interaction';
import { PollEditor } from './PollEditor';
import { PollResults } from './PollResults';
import { useEvery } from './useEvery';

interface Props {
  stage: Stage;
  enabled: boolean;
  /** organizers also get the CSV export */
  organizer: boolean;
}

type Asking = { poll: Poll; action: 'open' | 'delete' };

export function PollsPanel({ stage, enabled, organizer }: Props) {
  const [polls, setPolls] = useState<Poll[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<Asking | null>(null);
  const latest = useRef(0);
  const load = async () => {
    const mine = ++latest.current;
    try {
      const list = await get<Poll[]>(`/stages/${stage.id}/polls`);
      if (mine !== latest.current) return;
      setPolls(list);
      setLoadError(null);
    } catch (e) {
      if (mine === latest.current) setLoadError(describe(e));
    }
  };
  useEffect(() => {
    setPolls(null);
    load();
  }, [stage.id]);
  const running = openPoll(polls ?? []);
  useEvery(REFRESH_MS, running !== null, load);
  const run = async (poll: Poll, action: 'open' | 'close' | 'delete') => {
    setAsking(null);
    setBusy(true);
    setActionError(null);
    try {
      if (action === 'delete') await del(`/polls/${idPath(poll.id)}`);
      else await post(`/polls/${idPath(poll.id)}/${action}`);
    } catch (e) {
      setActionError(describe(e));
    } finally {
      setBusy(false);
    }
    await load();
  };
  const open = (poll: Poll) => (running && running.id !== poll.id ? setAsking({ poll, action: 'open' }) : run(poll, 'open'));
  const id = `polls-${stage.id}`;
  return (
    <section aria-labelledby={`${id}-title`} class="polls">
      <h3 id={`${id}-title`}>Polls</h3>
      <p class="muted">{enabled ? 'Prepare polls here and open one when the moment comes; one poll is open at a time.'
        : `Polls are off on this stage${organizer ? ': switch them on under Settings' : ''}; you can prepare them meanwhile.`}</p>
      <PollEditor stage={stage} onCreated={(poll) => { setPolls((list) => [...(list ?? []), poll]); load(); }} />
      {loadError && <p class="status error" role="alert">{loadError}</p>}
      {actionError && <p class="status error" role="alert">{actionError}</p>}
      {polls === null && !loadError && <p aria-live="polite">Loading…</p>}
      {polls !== null && polls.length === 0 && <p>No polls yet.</p>}
      {polls !== null && polls.length > 0 && (
        <ol class="list polls-list">
          {polls.map((p) => (
            <li key={p.id} class="card">
              <div class="spread">
                <h4 id={`poll-${p.id}-title`}>{p.question}</h4>
                <span class={p.state === 'open' ? 'badge live' : 'badge'}>{STATE_LABEL[p.state]}</span>
              </div>
              <p class="muted">{pollRules(p)}</p>
              <PollResults poll={p} />
              <span class="row">
                {p.state === 'draft' && (
                  <button class="small" disabled={busy} aria-label={`Open the poll “${p.question}”`} onClick={() => open(p)}>Open</button>
                )}
                {p.state === 'open' && (
                  <button class="small" disabled={busy} aria-label={`Close the poll “${p.question}”`}
                    onClick={() => run(p, 'close')}>Close</button>
                )}
                {p.state !== 'open' && (
                  <button class="danger small" disabled={busy} aria-label={`Delete the poll “${p.question}”`}
                    onClick={() => setAsking({ poll: p, action: 'delete' })}>Delete</button>
                )}
                {organizer && p.state !== 'draft' && (
                  <a href={pollCsv(p.id)} download aria-label={`Export the results of “${p.question}” (CSV)`}>Export results (CSV)</a>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {asking?.action === 'open' && running && <ConfirmDialog title={`Open “${asking.poll.question}”?`} confirmLabel="Open poll"
        message={`“${running.question}” is open now: opening this one closes it, with its results as they are.`}
        onConfirm={() => run(asking.poll, 'open')} onCancel={() => setAsking(null)} />}
      {asking?.action === 'delete' && <ConfirmDialog title={`Delete “${asking.poll.question}”?`} confirmLabel="Delete poll"
        message="The poll and its votes are deleted. This cannot be undone." onConfirm={() => run(asking.poll, 'delete')}
        onCancel={() => setAsking(null)} />}
    </section>
  );
}
