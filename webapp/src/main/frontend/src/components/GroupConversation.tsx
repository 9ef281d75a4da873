// One open group chat: its members, its messages (history fetched on opening and on reconnecting), a
// box to write in, and leaving.
import { useEffect, useRef, useState } from 'preact/hooks';
import { describe } from '../lib/api';
import { type Group, type GroupMessage, groupsApi, groupTitle } from '../lib/groups';
import { MessageText } from './MessageText';

interface Props {
  group: Group;
  you: string | null;
  connected: boolean;
  messages: GroupMessage[];
  onBack: () => void;
  onMessages: (messages: GroupMessage[]) => void;
  onLeft: () => void;
}

export function GroupConversation({ group, you, connected, messages, onBack, onMessages, onLeft }: Props) {
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    groupsApi.history(group.id).then(onMessages).catch((e) => setNotice(describe(e)));
  }, [group.id, connected]);
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    groupsApi.send(group.id, text).then((m) => { setNotice(null); setText(''); onMessages([m]); })
      .catch((err) => setNotice(describe(err)));
  };
  const leave = () => {
    if (!confirm('Leave this group chat? You will no longer see its messages.')) return;
    groupsApi.leave(group.id).then(onLeft).catch((e) => setNotice(describe(e)));
  };
  const title = groupTitle(group, you);
  return (
    <div class="chat" aria-label={`Group chat ${title}`}>
      <div class="spread">
        <button class="secondary small" onClick={onBack}>← All groups</button>
        <button class="danger small" onClick={leave}>Leave</button>
      </div>
      <h3>{title}</h3>
      <p class="help">With {group.members.map((m) => (m.id === you ? 'you' : m.name)).join(', ')}</p>
      <div class="chat-log" role="log" aria-live="polite" aria-label={`Messages in ${title}`} ref={list}>
        <ol>
          {messages.map((m) => (
            <li key={m.id} class="chat-message">
              <strong>{m.author.name}</strong>{' '}
              <time dateTime={m.sentAt} class="muted">{new Date(m.sentAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</time>
              <div class="chat-text"><MessageText value={m.text} /></div>
            </li>
          ))}
        </ol>
      </div>
      {notice && <p class="status warn" role="alert">{notice}</p>}
      <form class="row" onSubmit={submit}>
        <label class="visually-hidden" for={`group-text-${group.id}`}>Message to {title}</label>
        <input id={`group-text-${group.id}`} value={text} maxLength={500} autoComplete="off" placeholder="Write to the group…"
          onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <button type="submit">Send</button>
      </form>
    </div>
  );
}
