// One rtmp stage's recordings, newest first: when each started, how long and large it is, its status, a
// Published switch, a preview of the whole recording and Delete (asks first).
import { useEffect, useState } from 'preact/hooks';
import { del, describe, get, put } from '../lib/api';
import { clock, day } from '../lib/time';
import type { Recording, Replay, Stage } from '../lib/types';
import { ConfirmDialog } from './ConfirmDialog';
import { hms, size, statusText } from './recordings';
import { ReplayPreview } from './ReplayPreview';

interface Props {
  stage: Stage;
  recordings: Recording[];
  zone: string;
  /** after a change or a failed one: reload the tab, with the failure's sentence if any */
  onChanged: (error?: string) => void;
}

export function RecordingsTable({ stage, recordings, zone, onChanged }: Props) {
  const [deleting, setDeleting] = useState<Recording | null>(null);
  const started = (r: Recording) => `${day(r.startedAt, zone)} ${clock(r.startedAt, zone)}`;
  const remove = async (r: Recording) => {
    setDeleting(null);
    try {
      await del(`/recordings/${r.id}`);
      onChanged();
    } catch (e) {
      onChanged(describe(e));
    }
  };
  if (recordings.length === 0) return <p class="muted">Nothing recorded on this stage yet.</p>;
  return (
    <div class="table-wrap">
      <table class="recordings">
        <caption class="visually-hidden">Recordings of {stage.name}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Started</th><th scope="col">Duration</th><th scope="col">Size</th><th scope="col">Status</th>
            <th scope="col">Published</th><th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {recordings.map((r) => (
            <RecordingRow key={r.id} recording={r} name={`the recording of ${stage.name} started ${started(r)}`}
              started={started(r)} onChanged={onChanged} onDelete={() => setDeleting(r)} />
          ))}
        </tbody>
      </table>
      {deleting && <ConfirmDialog title={`Delete the recording started ${started(deleting)}?`} confirmLabel="Delete recording"
        message="Its video is deleted from storage, and replays of the sessions it covered go with it. This cannot be undone."
        onConfirm={() => remove(deleting)} onCancel={() => setDeleting(null)} />}
    </div>
  );
}

interface RowProps {
  recording: Recording;
  /** how the row's controls name the recording for screen readers */
  name: string;
  started: string;
  onChanged: (error?: string) => void;
  onDelete: () => void;
}

function RecordingRow({ recording: r, name, started, onChanged, onDelete }: RowProps) {
  const [busy, setBusy] = useState(false);
  // shown at once when switched; the server's value again after the reload (or a failure)
  const [published, setPublished] = useState(r.published);
  useEffect(() => setPublished(r.published), [r.published]);
  const [preview, setPreview] = useState<Replay | 'loading' | { error: string } | null>(null);
  const publish = async (wanted: boolean) => {
    setBusy(true);
    setPublished(wanted);
    try {
      await put<Recording>(`/recordings/${r.id}`, { published: wanted });
      onChanged();
    } catch (e) {
      setPublished(r.published);
      onChanged(describe(e));
    } finally {
      setBusy(false);
    }
  };
  const togglePreview = async () => {
    if (preview === 'loading') return;
    if (preview) {
      setPreview(null);
      return;
    }
    setPreview('loading');
    // asked for on each opening: the playlist's address is signed and expires
    setPreview(await get<Replay>(`/recordings/${r.id}/replay`).catch((e) => ({ error: describe(e) })));
  };
  const previewId = `recording-preview-${r.id}`;
  return (
    <>
      <tr>
        <td><time dateTime={r.startedAt}>{started}</time></td>
        <td class="time">{hms(r.durationSeconds)}</td>
        <td class="time">{size(r.sizeBytes)}</td>
        <td>{r.status === 'recording' && <span class="badge live" aria-hidden="true">Rec</span>}{' '}
          <span class={r.status === 'failed' ? 'failed' : undefined}>{statusText(r)}</span></td>
        <td><input type="checkbox" checked={published} disabled={busy} aria-label={`Publish ${name}`}
          onChange={(e) => publish((e.target as HTMLInputElement).checked)} /></td>
        <td>
          <span class="row">
            {r.status !== 'recording' && (
              <button class="secondary small" aria-expanded={!!preview}
                aria-controls={preview ? previewId : undefined}
                aria-label={`Preview ${name}`} onClick={togglePreview}>Preview</button>
            )}
            {r.status !== 'recording' && (
              <button class="danger small" aria-label={`Delete ${name}`} onClick={onDelete}>Delete</button>
            )}
          </span>
        </td>
      </tr>
      {preview && (
        <tr id={previewId}>
          <td colSpan={6}>
            {preview === 'loading' ? <p aria-live="polite">Loading…</p>
              : 'error' in preview ? <p class="status error" role="alert">{preview.error}</p>
                : <ReplayPreview sources={preview.sources} label={`Preview of ${name}`} />}
          </td>
        </tr>
      )}
    </>
  );
}
