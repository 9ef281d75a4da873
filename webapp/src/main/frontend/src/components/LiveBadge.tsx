// "Live" when the stage is on air; nothing otherwise (screen readers hear "live" only when it is).
export function LiveBadge({ live }: { live: boolean }) {
  return live ? <span class="badge live">Live</span> : <span class="badge">Off air</span>;
}
