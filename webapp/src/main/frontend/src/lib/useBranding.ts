// Applies an event's branding to the page for as long as the component that shows the event is mounted.
import { useEffect } from 'preact/hooks';
import { applyBranding } from './branding';
import type { MarqueeEvent } from './types';

export function useBranding(event: MarqueeEvent | null | undefined): void {
  const branding = event?.branding;
  const key = JSON.stringify(branding ?? null);
  useEffect(() => applyBranding({ branding }), [key]);
}
