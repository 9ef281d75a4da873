// A signed-in person's group chats of the event, beside the stage chat: the list (with unread counts),
// one open conversation, or the form to start a new group. Frames arrive through the stage socket.
import type { MutableRef } from 'preact/hooks';
import { useEffect, useState } from 'preact/hooks';
import { describe } from '../lib/api';
import { applyGroupFrame, type GroupFrame, groupsApi, groupTitle, noGroups, opened, withGroups, withHistory } from '../lib/groups';
import { GroupConversation } from './GroupConversation';
import { NewGroupForm } from './NewGroupForm';

interface Props {
  eventId: number;
  you: string | null;
  connected: boolean;
  listen: MutableRef<((frame: GroupFrame) => void) | null>;
}

export function GroupChats({ eventId, you, connected, listen }: Props) {
  const [state, setState] = useState(noGroups);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listen.current = (frame) => setState((s) => applyGroupFrame(s, frame));
    return () => { listen.current = null; };
  }, [listen]);
  useEffect(() => {
    if (!connected) return;
    groupsApi.mine(eventId).then((groups) => { setError(null); setState((s) => withGroups(s, groups)); })
      .catch((e) => setError(describe(e)));
  }, [eventId, connected]);
  const group = state.groups.find((g) => g.id === state.open);
  return (
    <section class="card chat" aria-labelledby="groups-title">
      <div class="spread">
        <h2 id="groups-title">Group chats</h2>
        {!group && !creating && <button class="secondary small" onClick={() => setCreating(true)}>New group</button>}
      </div>
      {error && <p class="status error" role="alert">{error}</p>}
      {creating ? (
        <NewGroupForm eventId={eventId} onCancel={() => setCreating(false)} onCreated={(g) => {
          setCreating(false);
          setState((s) => opened(applyGroupFrame(s, { type: 'group.updated', group: g }), g.id));
        }} />
      ) : group ? (
        <GroupConversation group={group} you={you} connected={connected} messages={state.messages[group.id] ?? []}
          onBack={() => setState((s) => opened(s, null))}
          onMessages={(list) => setState((s) => withHistory(s, group.id, list))}
          onLeft={() => setState((s) => applyGroupFrame(s, { type: 'group.removed', groupId: group.id }))} />
      ) : state.groups.length === 0 ? (
        <p class="muted">Start a chat with people you pick from this event; only they will see it.</p>
      ) : (
        <ul class="list" aria-label="Your group chats">
          {state.groups.map((g) => (
            <li key={g.id} class="spread">
              <button class="secondary" onClick={() => setState((s) => opened(s, g.id))}>{groupTitle(g, you)}</button>
              <span class="muted">{g.members.length} people{(state.unread[g.id] ?? 0) > 0
                && <> · <span class="badge" aria-label={`${state.unread[g.id]} unread`}>{state.unread[g.id]} new</span></>}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
