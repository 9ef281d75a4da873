// The stage's chat beside the player: messages (links made safe), the pinned one, how many are
// watching, a box to write in, and for hosts and organizers the moderation buttons. Signed-in people
// also get their group chats of the event below it (guests see nothing of them).
import { useEffect, useRef, useState } from 'preact/hooks';
import { GroupChats } from './GroupChats';
import { MessageText } from './MessageText';
import type { ChatMessage, StageSocket } from './useStageSocket';

interface Props {
  /** The stage page's socket (useStageSocket), shared with the stage controls. */
  socket: StageSocket;
  /** For signed-in people: the event whose group chats to show, and their subject. */
  groups?: { eventId: number; you: string | null };
}

export function ChatPanel({ socket, groups }: Props) {
  const { state, send, dismiss } = socket;
  const [text, setText] = useState('');
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [state.messages.length]);
  const moderator = state.you?.moderator ?? false;
  const submit = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    dismiss();
    send({ type: 'chat.send', text });
    setText('');
  };
  const open = state.chat?.enabled !== false;
  return (<>
    <section class="card chat" aria-labelledby="chat-title">
      <div class="spread">
        <h2 id="chat-title">Chat</h2>
        <span class="muted" aria-live="polite">{state.viewers !== null && `${state.viewers} watching`}</span>
      </div>
      {state.pinned && (
        <div class="pinned" role="note" aria-label="Pinned message">
          <strong>📌 {state.pinned.author.name}:</strong> <MessageText value={state.pinned.text} />
          {moderator && <button class="secondary small" onClick={() => send({ type: 'chat.unpin' })}>Unpin</button>}
        </div>
      )}
      <div class="chat-log" role="log" aria-live="polite" aria-label="Messages" ref={list}>
        <ol>
          {state.messages.map((m) => <Message key={m.id} message={m} moderator={moderator} send={send} />)}
        </ol>
      </div>
      {state.notice && <p class="status warn" role="alert">{state.notice}</p>}
      {state.ended && <p class="status error" role="alert">{state.ended}</p>}
      {!state.ended && (open ? (
        <form class="row" onSubmit={submit}>
          <label class="visually-hidden" for="chat-text">Message</label>
          <input id="chat-text" name="chat" value={text} maxLength={state.chat?.maxLength ?? 500} autoComplete="off"
            placeholder={state.connected ? 'Say something…' : 'Connecting…'} disabled={!state.connected}
            onInput={(e) => setText((e.target as HTMLInputElement).value)} />
          <button type="submit" disabled={!state.connected}>Send</button>
        </form>
      ) : <p class="muted">The chat is closed.</p>)}
      {state.chat && state.chat.slowModeSeconds > 0 && <p class="help">Slow mode: one message every {state.chat.slowModeSeconds} s.</p>}
      {moderator && (
        <div class="row">
          <button class="danger small" onClick={() => confirm('Clear the whole chat for everyone?') && send({ type: 'chat.clear' })}>
            Clear chat
          </button>
        </div>
      )}
    </section>
    {groups && <GroupChats eventId={groups.eventId} you={groups.you} connected={state.connected} listen={socket.groups} />}
  </>);
}

function Message({ message: m, moderator, send }: { message: ChatMessage; moderator: boolean; send: (f: object) => void }) {
  const role = m.author.role === 'guest' || m.author.role === 'viewer' ? null : m.author.role;
  return (
    <li class="chat-message" data-message-id={m.id}>
      <strong>{m.author.name}</strong>{role && <> <span class="badge">{role}</span></>}{' '}
      <time dateTime={m.sentAt} class="muted">{new Date(m.sentAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</time>
      <div class="chat-text"><MessageText value={m.text} /></div>
      {moderator && (
        <div class="row mod" aria-label={`Moderate ${m.author.name}'s message`}>
          <button class="secondary small" onClick={() => send({ type: 'chat.delete', id: m.id })}>Delete</button>
          <button class="secondary small" onClick={() => send({ type: 'chat.pin', id: m.id })}>Pin</button>
          <button class="secondary small" onClick={() => send({ type: 'chat.timeout', id: m.id, seconds: 300 })}>Time out 5 min</button>
          <button class="danger small" onClick={() => send({ type: 'chat.ban', id: m.id })}>Ban</button>
        </div>
      )}
    </li>
  );
}

