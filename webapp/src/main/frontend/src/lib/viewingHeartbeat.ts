// Tells Marquee a player it does not serve itself (an iframe player, a video room) is on screen, so the
// viewing is recorded and counts against the event's stream limit: a heartbeat while mounted, a goodbye on leaving.
import { useEffect, useState } from 'preact/hooks';
import { api, describe } from './api';
import { isStreamLimit } from './streamLimit';

interface Beat {
  id: string;
  heartbeatSeconds: number;
}

/** Beats for the stage while `active`; answers the limit's message when the page is refused (null otherwise). */
export function useViewingHeartbeat(stageId: number, active: boolean, retry: number): string | null {
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    let id: string | undefined;
    let timer: number | undefined;
    let stopped = false;
    const beat = async () => {
      try {
        const answer = await api<Beat>('POST', `/stages/${stageId}/viewing`, { id });
        id = answer.id;
        setRefused(null);
        if (!stopped) timer = window.setTimeout(beat, answer.heartbeatSeconds * 1000);
      } catch (e) {
        if (isStreamLimit(e)) setRefused(e.detail);
        else if (!stopped) timer = window.setTimeout(beat, 15_000);
        if (!isStreamLimit(e)) console.debug('viewing heartbeat failed', describe(e));
      }
    };
    beat();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      if (id) api('DELETE', `/stages/${stageId}/viewing/${encodeURIComponent(id)}`).catch(() => undefined);
    };
  }, [stageId, active, retry]);
  return refused;
}
