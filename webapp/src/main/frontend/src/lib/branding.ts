// An event's branding on a page: its colours as the stylesheet's custom properties, its logo and header
// image. The server has already checked the colours (#rrggbb, contrast at least 4.5:1); this checks the
// shape again so that nothing but a colour ever reaches a style.
//
// Use on any page that shows one event (the sign-in page included):
//   const undo = applyBranding(event);   // sets --accent, --bg, --fg, ... on <html>; undo() restores
// or, for one element (a card, a preview): <div style={brandingVars(event.branding)}>.
import type { Branding, MarqueeEvent } from './types';

const HEX = /^#[0-9a-f]{6}$/i;
/** What the pages show when an event sets some colours but not these (the server checks against them too). */
export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_TEXT = '#16161d';
const LIGHT_STATUS = { '--live': '#d21f3c', '--ok': '#137a3a', '--warn': '#9a5b00', '--error': '#b3261e' };
const DARK_STATUS = { '--live': '#ff4d6a', '--ok': '#4cc27a', '--warn': '#f0b34a', '--error': '#ff8a80' };

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2 contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** White or black, whichever reads better on a colour. */
export function readableOn(hex: string): string {
  return contrastRatio(hex, '#ffffff') >= contrastRatio(hex, '#000000') ? '#ffffff' : '#000000';
}

/** "#fc0" → "#ffcc00"; null for anything that is not a colour. */
export function normalColor(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  const long = /^#[0-9a-f]{3}$/i.test(v) ? '#' + [...v.slice(1)].map((c) => c + c).join('') : v;
  return HEX.test(long) ? long.toLowerCase() : null;
}

/**
 * The custom properties a branding sets: none without colours. Any colour set makes the page use the
 * event's background (white if unset) and text colour (near-black if unset), in light or dark scheme
 * as the background is, so the contrast the server checked is the contrast people see.
 */
export function brandingVars(branding: Branding | null | undefined): Record<string, string> {
  const accent = normalColor(branding?.accent);
  const background = normalColor(branding?.background);
  const text = normalColor(branding?.text);
  if (!accent && !background && !text) return {};
  const bg = background ?? DEFAULT_BACKGROUND;
  const fg = text ?? DEFAULT_TEXT;
  const dark = readableOn(bg) === '#ffffff';
  const vars: Record<string, string> = {
    ...(dark ? DARK_STATUS : LIGHT_STATUS),
    '--bg': bg, '--card': bg, '--fg': fg, '--muted': fg,
    '--line': `color-mix(in srgb, ${fg} 22%, ${bg})`,
    'color-scheme': dark ? 'dark' : 'light',
  };
  if (accent) {
    vars['--accent'] = accent;
    vars['--accent-fg'] = readableOn(accent);
  }
  return vars;
}

/** Applies an event's branding to the whole page (or to `root`); the function returned takes it off again. */
export function applyBranding(event: Pick<MarqueeEvent, 'branding'> | null | undefined,
  root: HTMLElement = document.documentElement): () => void {
  const vars = brandingVars(event?.branding);
  const before = Object.keys(vars).map((name) => [name, root.style.getPropertyValue(name)] as const);
  for (const [name, value] of Object.entries(vars)) root.style.setProperty(name, value);
  if (Object.keys(vars).length > 0) root.dataset.branded = 'true';
  return () => {
    for (const [name, value] of before) {
      if (value) root.style.setProperty(name, value);
      else root.style.removeProperty(name);
    }
    delete root.dataset.branded;
  };
}
