// What a media plugin shows organizers about a stage beyond its settings (an RTMP ingest URL and key),
// drawn generically from the stage's representation.
import type { Stage } from '../lib/types';

const STANDARD = new Set(['id', 'eventId', 'slug', 'name', 'order', 'provider', 'live', 'settings', 'chat']);

export function ProviderDetails({ stage }: { stage: Stage }) {
  const details = Object.entries(stage).filter(([k, v]) => !STANDARD.has(k) && v !== null && v !== undefined);
  if (details.length === 0) return null;
  return (
    <section class="card" aria-labelledby="provider-details">
      <h3 id="provider-details">From the {stage.provider} plugin</h3>
      <dl>{details.map(([k, v]) => <Entry key={k} name={k} value={v} />)}</dl>
    </section>
  );
}

function Entry({ name, value }: { name: string; value: unknown }) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return <>{Object.entries(value as Record<string, unknown>).map(([k, v]) => <Entry key={k} name={`${name} ${k}`} value={v} />)}</>;
  }
  return <><dt>{name}</dt><dd><code>{Array.isArray(value) ? value.join(', ') : String(value)}</code></dd></>;
}
