// Add or edit a session: title, speakers, times in the event's timezone, and the stage it is on
// (changing the stage moves it). Overlaps with other sessions of the stage are warned about, not refused.
import { useState } from 'preact/hooks';
import { post, put } from '../lib/api';
import { overlapping } from '../lib/schedule';
import { fromLocalInput, toLocalInput } from '../lib/time';
import type { MarqueeEvent, Session, SessionSaved, Stage } from '../lib/types';
import { SessionTime } from '../components/SessionTime';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS } from './formErrors';

interface Props {
  event: MarqueeEvent;
  stages: Stage[];
  stage: Stage;
  session?: Session;
  siblings: Record<number, Session[]>;
  onDone: () => void;
}

function nextHour(): string {
  const d = new Date();
  d.setUTCMinutes(0, 0, 0);
  d.setUTCHours(d.getUTCHours() + 1);
  return d.toISOString();
}

export function SessionForm({ event, stages, stage, session, siblings, onDone }: Props) {
  const zone = event.timezone;
  const start0 = session?.startsAt ?? nextHour();
  const [title, setTitle] = useState(session?.title ?? '');
  const [speakers, setSpeakers] = useState((session?.speakers ?? []).join(', '));
  const [startsAt, setStartsAt] = useState(toLocalInput(start0, zone));
  const [endsAt, setEndsAt] = useState(toLocalInput(session?.endsAt ?? new Date(Date.parse(start0) + 3_600_000).toISOString(), zone));
  const [stageId, setStageId] = useState(stage.id);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState<SessionSaved | null>(null);
  const valid = startsAt && endsAt;
  const clashes = valid ? overlapping(siblings[stageId] ?? [], fromLocalInput(startsAt, zone), fromLocalInput(endsAt, zone), session?.id) : [];
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    const body = {
      title, speakers: speakers.split(',').map((s) => s.trim()).filter(Boolean),
      startsAt: fromLocalInput(startsAt, zone), endsAt: fromLocalInput(endsAt, zone),
      ...(session ? { stageId } : {}),
    };
    try {
      const result = session ? await put<SessionSaved>(`/sessions/${session.id}`, body)
        : await post<SessionSaved>(`/stages/${stageId}/sessions`, body);
      if (result.overlaps.length > 0) setSaved(result);
      else onDone();
    } catch (err) {
      setErrors(formErrors(err));
    }
  };
  if (saved) {
    return (
      <section class="status warn" role="alert">
        <p>“{saved.session.title}” is saved, but it overlaps on the same stage with:</p>
        <ul>{saved.overlaps.map((o) => <li key={o.id}>{o.title} <SessionTime session={o} zone={zone} withDay /></li>)}</ul>
        <button onClick={onDone}>Back to the schedule</button>
      </section>
    );
  }
  return (
    <section aria-labelledby="session-form-title">
      <h2 id="session-form-title">{session ? `Edit “${session.title}”` : `New session on ${stage.name}`}</h2>
      <form class="stack" onSubmit={submit}>
        <Field id="session-title" label="Title" error={errors.fields.title} required>
          {(a) => <input {...a} name="title" value={title} maxLength={200} onInput={(e) => setTitle(valueOf(e))} />}
        </Field>
        <Field id="session-speakers" label="Speakers" help="Separated by commas" error={errors.fields.speakers}>
          {(a) => <input {...a} name="speakers" value={speakers} onInput={(e) => setSpeakers(valueOf(e))} />}
        </Field>
        <Field id="session-starts" label={`Starts (${zone})`} error={errors.fields.startsAt} required>
          {(a) => <input {...a} name="startsAt" type="datetime-local" value={startsAt} onInput={(e) => setStartsAt(valueOf(e))} />}
        </Field>
        <Field id="session-ends" label={`Ends (${zone})`} error={errors.fields.endsAt} required>
          {(a) => <input {...a} name="endsAt" type="datetime-local" value={endsAt} onInput={(e) => setEndsAt(valueOf(e))} />}
        </Field>
        {session && (
          <Field id="session-stage" label="Stage" help="Choose another stage to move the session there.">
            {(a) => <select {...a} name="stageId" value={String(stageId)} onChange={(e) => setStageId(Number(valueOf(e)))}>
              {stages.map((s) => <option key={s.id} value={String(s.id)}>{s.name}</option>)}
            </select>}
          </Field>
        )}
        {clashes.length > 0 && (
          <p class="status warn" role="status">Overlaps with {clashes.map((c) => `“${c.title}”`).join(', ')} on this stage.</p>
        )}
        {errors.form && <p class="status error" role="alert">{errors.form}</p>}
        <div class="row">
          <button type="submit">{session ? 'Save session' : 'Add session'}</button>
          <button type="button" class="secondary" onClick={onDone}>Cancel</button>
        </div>
      </form>
    </section>
  );
}
