// Import a schedule from pretalx or frab into the event: a file or an address, a preview with a stage
// for each room, then apply; an address can be kept in sync (checked every few minutes).
import { useEffect, useState } from 'preact/hooks';
import { ApiError, del, describe, get, post } from '../lib/api';
import type { MarqueeEvent, Stage } from '../lib/types';
import { mappingOf, type ScheduleFeed, type ScheduleImport as Result } from '../lib/scheduleImport';
import { ScheduleImportPreview } from './ScheduleImportPreview';
import { valueOf } from './Field';

type Source = { file: string; name: string } | { url: string };

interface Props {
  event: MarqueeEvent;
  stages: Stage[];
  onApplied: () => void;
}

export function ScheduleImport({ event, stages, onApplied }: Props) {
  const base = `/events/${event.id}/schedule/import`;
  const [url, setUrl] = useState('');
  const [sync, setSync] = useState(false);
  const [minutes, setMinutes] = useState(5);
  const [source, setSource] = useState<Source | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [feed, setFeed] = useState<ScheduleFeed | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loadFeed = () => get<ScheduleFeed>(`${base}/feed`).then(setFeed)
    .catch((e) => setFeed(e instanceof ApiError && e.status === 404 ? null : feed));
  useEffect(() => { loadFeed(); }, [event.id]);

  const preview = async (next: Source, mapping?: Record<string, number | null>) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await post<Result>(`${base}/preview`, { ...sourceBody(next), mapping }));
      setSource(next);
    } catch (e) {
      setResult(null);
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };
  const chooseFile = async (file: File | undefined) => {
    if (file) await preview({ file: await file.text(), name: file.name });
  };
  const remap = (room: string, stageId: number | null) => {
    if (!result || !source) return;
    const mapping = mappingOf(result.rooms.map((r) => (r.name === room ? { ...r, stageId } : r)));
    preview(source, mapping);
  };
  const apply = async () => {
    if (!result || !source) return;
    setBusy(true);
    setError(null);
    try {
      const keep = 'url' in source && sync ? { syncMinutes: minutes } : {};
      setResult(await post<Result>(`${base}/apply`, { ...sourceBody(source), mapping: mappingOf(result.rooms),
        digest: result.digest, ...keep }));
      onApplied();
      loadFeed();
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };
  const stopSync = async () => {
    await del(`${base}/feed`).catch((e) => setError(describe(e)));
    loadFeed();
  };

  return (
    <section class="card" aria-labelledby="import-title">
      <h3 id="import-title">Import a schedule</h3>
      <p class="muted">From pretalx or frab: a <code>schedule.xml</code> or schedule JSON file, or its address.
        You see what would change before anything does; sessions edited or added here are kept.</p>
      {feed && (
        <div class="status ok" role="status">
          <p>Kept in sync with <code>{feed.url}</code>, checked every {feed.syncMinutes} minutes.
            {feed.lastRunAt ? ` Last check ${new Date(feed.lastRunAt).toLocaleString()}: ` : ' Not checked yet.'}
            {feed.lastResult}{feed.lastError && <span class="field-error"> {feed.lastError}</span>}</p>
          <button class="secondary small" onClick={stopSync}>Stop syncing</button>
        </div>
      )}
      <div class="row">
        <label class="button secondary">Choose a schedule file
          <input class="visually-hidden" type="file" accept=".xml,.json,application/xml,text/xml,application/json"
            disabled={busy} onChange={(e) => chooseFile((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </div>
      <form class="field" onSubmit={(e) => { e.preventDefault(); if (url.trim()) preview({ url: url.trim() }); }}>
        <label for="import-url">Or the schedule's address</label>
        <div class="row">
          <input id="import-url" type="url" value={url} style={{ flex: '1 1 20rem', width: 'auto' }}
            placeholder="https://pretalx.example.org/conf/schedule/export/schedule.json"
            onInput={(e) => setUrl(valueOf(e))} />
          <button type="submit" disabled={busy || !url.trim()}>Preview</button>
        </div>
      </form>
      <div class="row">
        <input id="import-sync" type="checkbox" checked={sync} onChange={(e) => setSync((e.target as HTMLInputElement).checked)} />
        <label for="import-sync">Keep in sync with the address: check it for changes every</label>
        <input id="import-minutes" type="number" min={1} max={1440} value={minutes} aria-label="Minutes between checks"
          style={{ width: '5rem' }} onInput={(e) => setMinutes(Number(valueOf(e)) || 5)} />
        <span>minutes</span>
      </div>
      {busy && <p class="muted" role="status">Reading the schedule…</p>}
      {error && <p class="status error" role="alert">{error}</p>}
      {result && source && (
        <>
          <p class="muted">{'name' in source ? `File ${source.name}` : `From ${source.url}`}</p>
          <ScheduleImportPreview result={result} stages={stages} zone={event.timezone} busy={busy} onMap={remap} />
          {!result.applied && (
            <div class="row">
              <button onClick={apply} disabled={busy}>Apply import</button>
              <button class="secondary" onClick={() => { setResult(null); setSource(null); }}>Cancel</button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function sourceBody(source: Source) {
  return 'url' in source ? { url: source.url } : { file: source.file };
}
