// The current time for pages, moving on by itself so "now" and "next" stay true.
import { useEffect, useState } from 'preact/hooks';

/** The current time, updated every {@code everyMs} (30 s unless told). */
export function useMinuteClock(everyMs = 30_000): Date {
  const [now, setNow] = useState(new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
