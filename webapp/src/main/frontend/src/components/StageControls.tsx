// #stage-controls for a stage held in a video room: loads the room's page part (and, once someone
// joins the room, the video SDK) only on such stages, so other stage pages stay small.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { RoomSource } from '../lib/sources';
import type { StageSocket } from './useStageSocket';

type RoomStageProps = { source: RoomSource; socket: StageSocket };

export function StageControls({ source, socket }: { source: RoomSource; socket: StageSocket | null }) {
  const [RoomStage, setRoomStage] = useState<ComponentType<RoomStageProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const usable = socket !== null;
  useEffect(() => {
    if (usable) import('./room/RoomStage').then((m) => setRoomStage(() => m.RoomStage), () => setFailed(true));
  }, [usable]);
  if (!socket) {
    return <p class="status warn" role="status">This stage meets in a video room, which needs Marquee's stage socket (the chat plugin).</p>;
  }
  if (failed) return <p class="status error" role="alert">The stage's controls could not be loaded; reload the page to try again.</p>;
  if (!RoomStage) return <p class="muted" aria-live="polite">Loading the stage…</p>;
  return <RoomStage source={source} socket={socket} />;
}
