// The stage WebSocket (/ws/stages/{id}): frames in, chat.send and moderation out, reconnecting with
// back-off unless the server said not to (a ban, no access). Group chat frames (group.*) go to onGroup.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GroupFrame } from '../lib/groups';

export interface ChatMessage {
  type: 'chat.message';
  id: string;
  author: { name: string; role: string };
  text: string;
  sentAt: string;
}

export interface SocketState {
  connected: boolean;
  messages: ChatMessage[];
  pinned: ChatMessage | null;
  viewers: number | null;
  you: { name: string; role: string; moderator: boolean } | null;
  chat: { enabled: boolean; slowModeSeconds: number; maxLength?: number } | null;
  notice: string | null;
  ended: string | null;
}

const KEEP = 200;
const FINAL = new Set([1008, 4400, 4401, 4403, 4404]);

export function useStageSocket(stageId: number, guestName: string | null, onLive: (live: boolean) => void,
  onGroup?: (frame: GroupFrame) => void) {
  const groupHandler = useRef(onGroup);
  groupHandler.current = onGroup;
  const [state, setState] = useState<SocketState>({
    connected: false, messages: [], pinned: null, viewers: null, you: null, chat: null, notice: null, ended: null,
  });
  const socket = useRef<WebSocket | null>(null);
  useEffect(() => {
    let stopped = false;
    let retry = 1000;
    let timer: number | undefined;
    const open = () => {
      const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
      const query = guestName ? '?name=' + encodeURIComponent(guestName) : '';
      const ws = new WebSocket(`${scheme}://${location.host}/ws/stages/${stageId}${query}`);
      socket.current = ws;
      ws.onopen = () => { retry = 1000; setState((s) => ({ ...s, connected: true, messages: [], notice: null })); };
      ws.onmessage = (event) => handle(JSON.parse(event.data as string));
      ws.onclose = (event) => {
        setState((s) => ({ ...s, connected: false }));
        if (stopped) return;
        if (FINAL.has(event.code)) {
          setState((s) => ({ ...s, ended: event.reason || 'The chat closed.' }));
          return;
        }
        timer = window.setTimeout(open, retry);
        retry = Math.min(retry * 2, 30_000);
      };
    };
    const handle = (frame: Record<string, any>) => {
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
        case 'stage.live':
          onLive(!!frame.live);
          break;
        case 'error':
          setState((s) => ({ ...s, notice: frame.detail || frame.error }));
          break;
        default:
          if (typeof frame.type === 'string' && frame.type.startsWith('group.')) groupHandler.current?.(frame as GroupFrame);
          break;
      }
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      socket.current?.close();
    };
  }, [stageId, guestName]);
  const send = (frame: object) => {
    const ws = socket.current;
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(frame));
  };
  return { state, send, dismiss: () => setState((s) => ({ ...s, notice: null })) };
}
