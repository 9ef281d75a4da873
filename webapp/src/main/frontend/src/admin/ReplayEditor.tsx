// A past session's replay in the console: a preview, the trim (start and end offsets in seconds from the
// scheduled times), Published, Save, and the times the saved replay covers.
import { useEffect, useState } from 'preact/hooks';
import { describe, get, put } from '../lib/api';
import type { Replay, ReplaySummary } from '../lib/types';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS, type FormErrors } from './formErrors';
import { coverText, describeOffsets, readOffset, trimmedWindow } from './replayTrim';
import { ReplayPreview } from './ReplayPreview';

const WHOLE_SECONDS = 'Whole seconds, such as 30 or -30.';

interface Props {
  summary: ReplaySummary;
  zone: string;
  /** the session's replay after a save, for the list around it */
  onSaved: (replay: Replay) => void;
}

export function ReplayEditor({ summary, zone, onSaved }: Props) {
  const sid = summary.sessionId;
  const [replay, setReplay] = useState<Replay | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [start, setStart] = useState('0');
  const [end, setEnd] = useState('0');
  const [published, setPublished] = useState(summary.published);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const show = (r: Replay) => {
    setReplay(r);
    setStart(String(r.startOffsetSeconds ?? 0));
    setEnd(String(r.endOffsetSeconds ?? 0));
    setPublished(r.published);
  };
  useEffect(() => {
    get<Replay>(`/sessions/${sid}/replay`).then(show).catch((e) => setLoadError(describe(e)));
  }, [sid]);
  if (loadError) return <p class="status error" role="alert">{loadError}</p>;
  if (!replay) return <p aria-live="polite">Loading the replay…</p>;

  const startOffset = readOffset(start);
  const endOffset = readOffset(end);
  const trimmed = startOffset !== null && endOffset !== null
    ? trimmedWindow(summary.startsAt, summary.endsAt, startOffset, endOffset) : null;
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    if (startOffset === null || endOffset === null) {
      const fields: Record<string, string> = {};
      if (startOffset === null) fields.startOffsetSeconds = WHOLE_SECONDS;
      if (endOffset === null) fields.endOffsetSeconds = WHOLE_SECONDS;
      setErrors({ fields, form: 'Not saved: see the marked fields above.' });
      return;
    }
    if (!trimmed) {
      setErrors({ fields: {}, form: 'Not saved: with these offsets the replay would end before it starts.' });
      return;
    }
    setErrors(NO_ERRORS);
    setSaving(true);
    try {
      const result = await put<Replay>(`/sessions/${sid}/replay`,
        { startOffsetSeconds: startOffset, endOffsetSeconds: endOffset, published });
      show(result);
      setSaved(true);
      onSaved(result);
    } catch (err) {
      setErrors(formErrors(err, ['startOffsetSeconds', 'endOffsetSeconds', 'published']));
    } finally {
      setSaving(false);
    }
  };
  const id = `replay-${sid}`;
  return (
    <div class="replay-editor">
      <ReplayPreview sources={replay.sources} label={`Preview of the replay of ${summary.title}`} />
      <p>Covers <span class="time">{coverText(replay.from, replay.to, zone)}</span> <span class="muted">(event time, {zone};
        in the preview 0:00:00 is the first of these times)</span></p>
      <form class="stack" onSubmit={submit} aria-label={`Replay of ${summary.title}`}>
        <div class="offsets">
          <Field id={`${id}-start`} label="Start offset (seconds)" error={errors.fields.startOffsetSeconds}
            help="From the scheduled start: 30 starts the replay 30 s later (cuts the first 30 s); -30 starts it 30 s earlier.">
            {(a) => <input {...a} type="number" step={1} name="startOffsetSeconds" value={start}
              onInput={(e) => { setStart(valueOf(e)); setSaved(false); }} />}
          </Field>
          <Field id={`${id}-end`} label="End offset (seconds)" error={errors.fields.endOffsetSeconds}
            help="From the scheduled end: -60 ends the replay 60 s earlier (cuts the last minute); 60 ends it a minute later.">
            {(a) => <input {...a} type="number" step={1} name="endOffsetSeconds" value={end}
              onInput={(e) => { setEnd(valueOf(e)); setSaved(false); }} />}
          </Field>
        </div>
        <p class="help" id={`${id}-effect`}>
          {startOffset !== null && endOffset !== null && describeOffsets(startOffset, endOffset)}{' '}
          {trimmed ? `Saved like this it covers ${coverText(trimmed.from, trimmed.to, zone)}.`
            : startOffset !== null && endOffset !== null ? 'With these offsets it would end before it starts.' : ''}
        </p>
        <label class="check">
          <input type="checkbox" name="published" checked={published}
            onChange={(e) => { setPublished((e.target as HTMLInputElement).checked); setSaved(false); }} />
          Published: attendees find it under Past sessions on the event page
        </label>
        {errors.form && <p class="status error" role="alert">{errors.form}</p>}
        {saved && <p class="status ok" role="status">Saved. The replay covers {coverText(replay.from, replay.to, zone)}
          {replay.published ? ' and is published.' : ' and is not published.'}</p>}
        <div><button type="submit" disabled={saving}>Save replay</button></div>
      </form>
    </div>
  );
}
