// A replay's chat beside its video: the messages the video has reached, nothing to write with.
import { useEffect, useRef } from 'preact/hooks';
import { replayClock, type ReplayChatMessage } from '../../lib/replay';
import { MessageText } from '../MessageText';

interface Props {
  /** The log in offset order, or null while it loads. */
  messages: ReplayChatMessage[] | null;
  /** How many of them the video has reached. */
  shown: number;
  error: string | null;
}

/**
 * The log does not announce each message (aria-live off): seeking forward would read out minutes of
 * chat at once. Screen reader users read it as a list (in the log, so each item stays a list item),
 * the count beside the heading says how far, and the log scrolls with the keyboard too.
 */
export function ReplayChat({ messages, shown, error }: Props) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [shown]);
  const reached = messages ? messages.slice(0, shown) : [];
  return (
    <section class="card chat" aria-labelledby="chat-title">
      <div class="spread">
        <h2 id="chat-title">Chat</h2>
        {messages && messages.length > 0 && <span class="muted">{shown} of {messages.length} messages</span>}
      </div>
      {error && <p class="status error" role="alert">{error}</p>}
      {!messages && !error && <p class="muted" aria-live="polite">Loading the chat…</p>}
      <div class="chat-log" role="log" aria-live="off" aria-label="Messages" tabIndex={0} ref={list}>
        <ol>{reached.map((m) => <Line key={m.id} message={m} />)}</ol>
      </div>
      {messages && messages.length === 0 && <p class="muted">Nobody wrote in the chat during this session.</p>}
      {messages && messages.length > 0 && shown === 0 && <p class="muted">Messages appear as the replay reaches them.</p>}
      <p class="help">The chat as it was during the session; a replay's chat cannot be written to.</p>
    </section>
  );
}

function Line({ message: m }: { message: ReplayChatMessage }) {
  const role = m.author.role === 'guest' || m.author.role === 'viewer' ? null : m.author.role;
  return (
    <li class="chat-message" data-message-id={m.id}>
      <strong>{m.author.name}</strong>{role && <> <span class="badge">{role}</span></>}{' '}
      <span class="muted time">{replayClock(m.offsetMillis)}</span>
      <div class="chat-text"><MessageText value={m.text} /></div>
    </li>
  );
}
