// The interactive stage's frames from the page's socket, folded into state by a reducer. Asks for
// the current state (the join frame) whenever the socket (re)opens, after it started listening.
import { useEffect, useState } from 'preact/hooks';
import type { ControlFrame, StageSocket } from '../useStageSocket';

export function useControlFrames<S, F>(socket: StageSocket, apply: (s: S, frame: F) => S, initial: S, join: string):
  [S, (change: (s: S) => S) => void] {
  const [state, setState] = useState(initial);
  const { controls, send } = socket;
  useEffect(() => {
    controls.current = (frame: ControlFrame) => setState((s) => apply(s, frame as unknown as F));
    return () => { controls.current = null; };
  }, [controls, apply]);
  useEffect(() => {
    if (socket.state.connected) send({ type: join });
  }, [socket.state.connected, send, join]);
  return [state, setState];
}
