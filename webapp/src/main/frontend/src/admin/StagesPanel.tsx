// An event's stages: add, edit, reorder and remove; each stage's stream comes from a media plugin.
import { useEffect, useState } from 'preact/hooks';
import { del, describe, get, put } from '../lib/api';
import type { MarqueeEvent, Stage } from '../lib/types';
import { ConfirmDialog } from './ConfirmDialog';
import { IngestDetails, ingestOf } from './IngestDetails';
import { StageForm } from './StageForm';

export function StagesPanel({ event }: { event: MarqueeEvent }) {
  const [stages, setStages] = useState<Stage[] | null>(null);
  const [editing, setEditing] = useState<Stage | 'new' | null>(null);
  const [removing, setRemoving] = useState<Stage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<Stage | null>(null);
  const load = () => get<Stage[]>(`/events/${event.id}/stages`)
    .then((s) => setStages([...s].sort((a, b) => a.order - b.order))).catch((e) => setError(describe(e)));
  useEffect(() => { load(); }, [event.id]);

  const move = async (index: number, by: number) => {
    if (!stages) return;
    const order = [...stages];
    const [stage] = order.splice(index, 1);
    order.splice(index + by, 0, stage);
    setError(null);
    try {
      for (const [i, s] of order.entries()) {
        if (s.order !== i) await put(`/stages/${s.id}`, { ...input(s), order: i });
      }
    } catch (e) {
      setError(describe(e));
    }
    load();
  };
  const remove = async (stage: Stage) => {
    setRemoving(null);
    try {
      await del(`/stages/${stage.id}`);
    } catch (e) {
      setError(describe(e));
    }
    load();
  };

  if (editing) {
    return <StageForm event={event} stage={editing === 'new' ? undefined : editing} nextOrder={stages?.length ?? 0}
      onDone={(saved) => {
        setAdded(editing === 'new' && saved && ingestOf(saved) ? saved : null);
        setEditing(null);
        load();
      }} />;
  }
  return (
    <section aria-labelledby="stages-title">
      <div class="spread">
        <h2 id="stages-title">Stages</h2>
        <button onClick={() => setEditing('new')}>Add a stage</button>
      </div>
      {error && <p class="status error" role="alert">{error}</p>}
      {added && <p class="status ok" role="status" id="stage-added">{added.name} is ready for OBS: in Settings → Stream
        choose Custom and enter its server and stream key below.</p>}
      {stages && stages.length === 0 && <p>No stages yet. Add one for each stream of the event.</p>}
      <ol class="list" aria-label="Stages in order">
        {stages?.map((s, i) => (
          <li key={s.id} class="spread">
            <div><strong>{s.name}</strong> <span class="muted">/e/{event.slug}/{s.slug} · {s.provider}</span>
              {ingestOf(s) && <IngestDetails ingest={ingestOf(s)!} idSuffix={`-${s.id}`} name={s.name} />}</div>
            <span class="row">
              <button class="secondary small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${s.name} up`}>↑</button>
              <button class="secondary small" disabled={i === stages.length - 1} onClick={() => move(i, 1)}
                aria-label={`Move ${s.name} down`}>↓</button>
              <button class="secondary small" onClick={() => setEditing(s)}>Edit</button>
              <button class="danger small" onClick={() => setRemoving(s)}>Remove</button>
            </span>
          </li>
        ))}
      </ol>
      {removing && <ConfirmDialog title={`Remove ${removing.name}?`} confirmLabel="Remove stage"
        message="The stage and its schedule are deleted; its stream stops." onConfirm={() => remove(removing)}
        onCancel={() => setRemoving(null)} />}
    </section>
  );
}

/** A stage as the API takes it back (settings come masked and are sent back masked: secrets stay). */
export function input(s: Stage) {
  return { slug: s.slug, name: s.name, order: s.order, provider: s.provider, settings: s.settings ?? {} };
}
