// Audience interaction on one stage page: the stage's settings (GET /stages/{id}/interaction; none when
// the endpoint is missing or refuses, and then the page shows no part of it), the Q&A queue and open
// poll kept from the socket's frames (lib/interaction.ts), and the reaction bursts to draw over the
// player (lib/bursts.ts). Settings are asked again each time the socket (re)connects.
import { useEffect, useRef, useState } from 'preact/hooks';
import { get } from '../../lib/api';
import { addTotals, BurstThrottle, LIFETIME_MS, type Particle } from '../../lib/bursts';
import { EMPTY, reduce, type InteractionSettings, type InteractionState } from '../../lib/interaction';
import type { StageSocket } from '../useStageSocket';

export interface Interaction {
  settings: InteractionSettings | null;
  state: InteractionState;
  particles: Particle[];
  totals: Record<string, number>;
  reducedMotion: boolean;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function useInteraction(stageId: number, socket: StageSocket | null): Interaction {
  const [settings, setSettings] = useState<InteractionSettings | null>(null);
  const [state, setState] = useState<InteractionState>(EMPTY);
  const [particles, setParticles] = useState<Particle[]>([]);
  const [totals, setTotals] = useState<Record<string, number>>({});
  const [reducedMotion, setReducedMotion] = useState(prefersReducedMotion);
  const throttle = useRef(new BurstThrottle());
  const connected = socket?.state.connected ?? false;
  useEffect(() => {
    let stopped = false;
    get<InteractionSettings>(`/stages/${stageId}/interaction`)
      .then((s) => { if (!stopped) setSettings(s); })
      .catch(() => { if (!stopped) setSettings(null); });
    return () => { stopped = true; };
  }, [stageId, connected]);
  useEffect(() => {
    if (!socket) return undefined;
    const listen = socket.interaction;
    listen.current = (frame) => {
      if (frame.type === 'reaction.burst') {
        const counts = (frame.counts ?? {}) as Record<string, number>;
        setTotals((t) => addTotals(t, counts));
        setParticles(throttle.current.add(counts, Date.now()));
      } else {
        setState((s) => reduce(s, frame));
      }
    };
    return () => { listen.current = null; };
  }, [socket?.interaction]);
  // A fresh connection sends the queue and the open poll again.
  useEffect(() => { if (connected) setState(EMPTY); }, [connected]);
  useEffect(() => {
    if (particles.length === 0) return undefined;
    const timer = window.setTimeout(() => setParticles(throttle.current.prune(Date.now())), LIFETIME_MS / 4);
    return () => window.clearTimeout(timer);
  }, [particles]);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return undefined;
    const query = matchMedia('(prefers-reduced-motion: reduce)');
    const changed = () => setReducedMotion(query.matches);
    query.addEventListener?.('change', changed);
    return () => query.removeEventListener?.('change', changed);
  }, []);
  return { settings, state, particles, totals, reducedMotion };
}
