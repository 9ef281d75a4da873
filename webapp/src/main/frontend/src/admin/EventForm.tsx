// Create or edit an event: title, slug, description, timezone, who may watch, how long recordings are kept
// and how many streams one person may play at once.
import { useState } from 'preact/hooks';
import { post, put } from '../lib/api';
import { knownZones, viewerZone } from '../lib/time';
import type { Access, MarqueeEvent } from '../lib/types';
import { addressHelp, ADDRESS_MAX, slugify } from './address';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS } from './formErrors';
import { readRetention } from './recordings';

const ACCESS: { value: Access; label: string }[] = [
  { value: 'PUBLIC', label: 'Public: anyone may watch under a display name' },
  { value: 'TICKETED', label: 'Ticketed: ticket holders sign in with their access code' },
  { value: 'PRIVATE', label: 'Private: invited people only; hidden from everyone else' },
];

export function EventForm({ event, onSaved }: { event?: MarqueeEvent; onSaved: (e: MarqueeEvent) => void }) {
  const [title, setTitle] = useState(event?.title ?? '');
  const [slug, setSlug] = useState(event?.slug ?? '');
  const [slugTouched, setSlugTouched] = useState(!!event);
  const [description, setDescription] = useState(event?.description ?? '');
  const [timezone, setTimezone] = useState(event?.timezone ?? viewerZone());
  const [access, setAccess] = useState<Access>(event?.access ?? 'PUBLIC');
  const [retention, setRetention] = useState(event?.recordingRetentionDays?.toString() ?? '');
  const [streams, setStreams] = useState(event?.maxConcurrentStreams?.toString() ?? '');
  const [origins, setOrigins] = useState((event?.embedOrigins ?? []).join('\n'));
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    setSaved(false);
    const recordingRetentionDays = readRetention(retention);
    if (recordingRetentionDays === undefined) {
      setErrors({ fields: { recordingRetentionDays: 'A whole number of days, 1 or more; empty keeps recordings for ever.' },
        form: 'Not saved: see the marked fields above.' });
      return;
    }
    const maxConcurrentStreams = readRetention(streams);
    if (maxConcurrentStreams === undefined) {
      setErrors({ fields: { maxConcurrentStreams: 'A whole number, 1 or more; empty for no limit.' },
        form: 'Not saved: see the marked fields above.' });
      return;
    }
    const embedOrigins = origins.split(/\s+/).map((o) => o.trim()).filter((o) => o !== '');
    const body = { title, slug, description: description || null, timezone, access, recordingRetentionDays, embedOrigins,
      maxConcurrentStreams };
    try {
      const result = event ? await put<MarqueeEvent>(`/events/${event.id}`, body) : await post<MarqueeEvent>('/events', body);
      setSaved(true);
      onSaved(result);
    } catch (err) {
      setErrors(formErrors(err, ['title', 'slug', 'description', 'timezone', 'access', 'recordingRetentionDays',
        'embedOrigins', 'maxConcurrentStreams']));
    }
  };
  return (
    <form class="stack" onSubmit={submit} aria-label={event ? 'Event details' : 'New event'}>
      <Field id="event-title" label="Title" error={errors.fields.title} required>
        {(a) => <input {...a} name="title" value={title} maxLength={200} onInput={(e) => {
          setTitle(valueOf(e));
          if (!slugTouched) setSlug(slugify(valueOf(e)));
        }} />}
      </Field>
      <Field id="event-slug" label="Address" help={addressHelp(slug, (s) => `Attendees find the event at /e/${s}`)}
        error={errors.fields.slug} required>
        {(a) => <input {...a} name="slug" value={slug} maxLength={ADDRESS_MAX}
          onInput={(e) => { setSlug(valueOf(e)); setSlugTouched(true); }} />}
      </Field>
      <Field id="event-description" label="Description" error={errors.fields.description}>
        {(a) => <textarea {...a} name="description" value={description} maxLength={4000} onInput={(e) => setDescription(valueOf(e))} />}
      </Field>
      <Field id="event-timezone" label="Timezone" help="Schedule times are shown in this zone (and in each viewer's own)."
        error={errors.fields.timezone} required>
        {(a) => <>
          <input {...a} name="timezone" list="zones" value={timezone} onInput={(e) => setTimezone(valueOf(e))} />
          <datalist id="zones">{knownZones().map((z) => <option key={z} value={z} />)}</datalist>
        </>}
      </Field>
      <Field id="event-access" label="Who may watch" error={errors.fields.access} required>
        {(a) => <select {...a} name="access" value={access} onChange={(e) => setAccess(valueOf(e) as Access)}>
          {ACCESS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>}
      </Field>
      <Field id="event-retention" label="Keep recordings for N days (empty: for ever)" error={errors.fields.recordingRetentionDays}
        help="Streams to rtmp stages are recorded. A recording older than this is deleted, with the replays cut from it.">
        {(a) => <input {...a} name="recordingRetentionDays" type="number" min={1} step={1} value={retention} class="days"
          onInput={(e) => setRetention(valueOf(e))} />}
      </Field>
      <Field id="event-streams" label="Streams per person (empty: no limit)" error={errors.fields.maxConcurrentStreams}
        help="How many streams one signed-in person may play at once, on all stages and devices together. One more is refused with a message naming their open streams and a button to end the oldest. Guests are not limited.">
        {(a) => <input {...a} name="maxConcurrentStreams" type="number" min={1} max={100} step={1} value={streams} class="days"
          onInput={(e) => setStreams(valueOf(e))} />}
      </Field>
      <Field id="event-embed-origins" label="Sites that may embed the player" error={errors.fields.embedOrigins}
        help={'One address per line, such as https://www.example.org: those sites may show /embed/' + (slug || 'event')
          + '/{stage} in a frame. Empty: only Marquee itself.'}>
        {(a) => <textarea {...a} name="embedOrigins" rows={3} value={origins} onInput={(e) => setOrigins(valueOf(e))} />}
      </Field>
      {errors.form && <p class="status error" role="alert">{errors.form}</p>}
      {saved && <p class="status ok" role="status">Saved.</p>}
      <div><button type="submit">{event ? 'Save event' : 'Create event'}</button></div>
    </form>
  );
}
