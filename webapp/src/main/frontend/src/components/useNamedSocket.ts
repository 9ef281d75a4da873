// The stage socket as a page uses it, for signed-in people and guests alike. A guest of a PUBLIC event
// watches without a name (the socket admits them as a watcher); the first time they chat, ask, vote or
// react, the page asks their name (`asking`), reconnects with it and then sends what they did. A frame
// the server refuses with name_required asks too.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { guestName, rememberGuestName } from '../lib/guest';
import { useStageSocket, type StageSocket } from './useStageSocket';

export interface NamedSocket {
  /** The socket; its send asks a nameless guest's name first. */
  socket: StageSocket;
  /** The guest's name (null for signed-in people and guests who have given none). */
  guest: string | null;
  /** Whether the page should show the name form now. */
  asking: boolean;
  /** The guest gave a name: remember it, reconnect with it, then send what waited. */
  named: (name: string) => void;
  /** The guest closed the form without a name: what waited is dropped. */
  cancel: () => void;
}

const MAX_WAITING = 10;

export function useNamedSocket(stageId: number | null, signedIn: boolean, onLive: (live: boolean) => void): NamedSocket {
  const [guest, setGuest] = useState<string | null>(signedIn ? null : guestName());
  const [asking, setAsking] = useState(false);
  const waiting = useRef<object[]>([]);
  const socket = useStageSocket(stageId, signedIn ? null : guest, onLive);
  const nameless = !signedIn && !guest;
  const { send: rawSend, state } = socket;
  const send = useCallback((frame: object) => {
    if (nameless) {
      if (waiting.current.length < MAX_WAITING) waiting.current.push(frame);
      setAsking(true);
    } else {
      rawSend(frame);
    }
  }, [nameless, rawSend]);
  // Sends what waited once the socket has welcomed the named guest (not the watcher it replaced).
  useEffect(() => {
    if (!guest || !state.connected || !state.you || state.you.role === 'watcher' || waiting.current.length === 0) return;
    const frames = waiting.current;
    waiting.current = [];
    frames.forEach(rawSend);
  }, [guest, state.connected, state.you]);
  useEffect(() => {
    if (state.nameRequired && !signedIn) setAsking(true);
  }, [state.nameRequired]);
  const named = useCallback((name: string) => {
    rememberGuestName(name);
    setGuest(name);
    setAsking(false);
  }, []);
  const cancel = useCallback(() => {
    waiting.current = [];
    setAsking(false);
  }, []);
  return { socket: { ...socket, send }, guest, asking, named, cancel };
}
