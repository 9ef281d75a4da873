// The stage WebSocket (/ws/stages/{id}), one per stage page: frames in, chat.send and moderation out,
// reconnecting with back-off unless the server said not to (a ban, no access). The chat's frames
// update its state here; group chat frames (group.*) go to the `groups` listener, the interactive
// stage's frames (stage.*, party.*) to the `controls` listener and Q&A, poll and reaction frames to the
// `interaction` listener (lib/frames.ts says which is which). A guest with no name yet connects without
// ?name= and is a watcher: everything they send is refused with name_required (nameRequired is set).
import type { MutableRef } from 'preact/hooks';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { frameTopic } from '../lib/frames';
import type { GroupFrame } from '../lib/groups';

export interface ChatMessage {
  type: 'chat.message';
  id: string;
  /** The author: an opaque id (two people with one name have two ids), the name they show, their role. */
  author: { id: string; name: string; role: string };
  text: string;
  sentAt: string;
}

export interface SocketState {
  connected: boolean;
  messages: ChatMessage[];
  pinned: ChatMessage | null;
  viewers: number | null;
  you: { id: string; name: string; role: string; moderator: boolean } | null;
  chat: { enabled: boolean; slowModeSeconds: number; maxLength?: number } | null;
  notice: string | null;
  ended: string | null;
  /** The server refused a frame because this guest has given no name yet. */
  nameRequired: boolean;
}

/** A frame for the interactive stage's controls: an object with a `type`. */
export type ControlFrame = { type: string } & Record<string, unknown>;

export interface StageSocket {
  state: SocketState;
  send: (frame: object) => void;
  dismiss: () => void;
  /** Set by the group chats panel while it is shown. */
  groups: MutableRef<((frame: GroupFrame) => void) | null>;
  /** Set by the interactive stage's controls while they are shown. */
  controls: MutableRef<((frame: ControlFrame) => void) | null>;
  /** Set by the audience interaction (Q&A, polls, reactions) while it is shown. */
  interaction: MutableRef<((frame: ControlFrame) => void) | null>;
}

const KEEP = 200;
const FINAL = new Set([1008, 4400, 4401, 4403, 4404]);

/** Opens the stage's socket; with no stage id (no chat plugin installed) it opens nothing. */
export function useStageSocket(stageId: number | null, guestName: string | null, onLive: (live: boolean) => void): StageSocket {
  const groups = useRef<((frame: GroupFrame) => void) | null>(null);
  const controls = useRef<((frame: ControlFrame) => void) | null>(null);
  const interaction = useRef<((frame: ControlFrame) => void) | null>(null);
  const [state, setState] = useState<SocketState>({
    connected: false, messages: [], pinned: null, viewers: null, you: null, chat: null, notice: null, ended: null,
    nameRequired: false,
  });
  const socket = useRef<WebSocket | null>(null);
  useEffect(() => {
    if (stageId === null) return undefined;
    let stopped = false;
    let retry = 1000;
    let timer: number | undefined;
    const open = () => {
      const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
      const query = guestName ? '?name=' + encodeURIComponent(guestName) : '';
      const ws = new WebSocket(`${scheme}://${location.host}/ws/stages/${stageId}${query}`);
      socket.current = ws;
      // A socket replaced by a newer one (the guest gave a name) still closes and may still deliver a
      // frame after its successor opened: nothing of it may touch the state any more.
      const current = () => socket.current === ws && !stopped;
      ws.onopen = () => {
        if (!current()) return;
        retry = 1000;
        setState((s) => ({ ...s, connected: true, messages: [], notice: null, nameRequired: false }));
      };
      ws.onmessage = (event) => { if (current()) handle(JSON.parse(event.data as string)); };
      ws.onclose = (event) => {
        if (!current()) return;
        setState((s) => ({ ...s, connected: false }));
        if (FINAL.has(event.code)) {
          const ended = event.reason === 'session_ended'
            ? 'Your sign-in has ended. Sign in again to go on watching.' : event.reason || 'The chat closed.';
          setState((s) => ({ ...s, ended }));
          return;
        }
        timer = window.setTimeout(open, retry);
        retry = Math.min(retry * 2, 30_000);
      };
    };
    const handle = (frame: Record<string, any>) => {
      const topic = frameTopic(frame);
      if (topic === 'live') onLive(!!frame.live);
      else if (topic === 'group') groups.current?.(frame as GroupFrame);
      else if (topic === 'controls') controls.current?.(frame as ControlFrame);
      else if (topic === 'interaction') interaction.current?.(frame as ControlFrame);
      else chatFrame(frame);
    };
    const chatFrame = (frame: Record<string, any>) => {
      switch (frame.type) {
        case 'chat.message':
          setState((s) => ({ ...s, messages: [...s.messages.slice(-(KEEP - 1)), frame as ChatMessage] }));
          break;
        case 'chat.deleted':
          setState((s) => ({ ...s, messages: s.messages.filter((m) => m.id !== frame.id),
            pinned: s.pinned?.id === frame.id ? null : s.pinned }));
          break;
        case 'chat.cleared':
          setState((s) => ({ ...s, messages: [], pinned: null }));
          break;
        case 'chat.pinned':
          setState((s) => ({ ...s, pinned: frame.message }));
          break;
        case 'chat.unpinned':
          setState((s) => ({ ...s, pinned: null }));
          break;
        case 'chat.welcome':
          setState((s) => ({ ...s, you: frame.you, chat: frame.chat }));
          break;
        case 'chat.settings':
          setState((s) => ({ ...s, chat: { ...s.chat, ...frame.chat } }));
          break;
        case 'chat.moderation':
          setState((s) => ({ ...s, notice: `${frame.name} was ${frame.action === 'ban' ? 'banned' : 'timed out'} by a moderator.` }));
          break;
        case 'presence':
          setState((s) => ({ ...s, viewers: frame.viewers }));
          break;
        case 'error':
          if (frame.error === 'name_required') setState((s) => ({ ...s, nameRequired: true }));
          else setState((s) => ({ ...s, notice: frame.detail || frame.error }));
          break;
      }
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      socket.current?.close();
      setState((s) => ({ ...s, connected: false }));
    };
  }, [stageId, guestName]);
  const send = useCallback((frame: object) => {
    const ws = socket.current;
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(frame));
  }, []);
  const dismiss = useCallback(() => setState((s) => ({ ...s, notice: null })), []);
  return { state, send, dismiss, groups, controls, interaction };
}
