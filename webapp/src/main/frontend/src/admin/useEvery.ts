// Runs a reload every few seconds while `active`, skipping beats while the browser tab is hidden and
// reloading at once when it is shown again; stops when the component goes away.
import { useEffect, useRef } from 'preact/hooks';

export function useEvery(ms: number, active: boolean, reload: () => void): void {
  // the latest reload, so the timer is not restarted each render
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    if (!active) return undefined;
    const tick = () => { if (document.visibilityState !== 'hidden') latest.current(); };
    const timer = window.setInterval(tick, ms);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [ms, active]);
}
