// A stage's interaction settings in the console (organizers): Q&A on, pre-moderated, anonymous asking,
// locked; polls on; reactions on and their emoji. Saved with one PUT; the server's refusals go beside
// the fields they name.
import { useState } from 'preact/hooks';
import { put } from '../lib/api';
import type { Stage } from '../lib/types';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS, type FormErrors } from './formErrors';
import { completeSettings, type InteractionSettings, MAX_REACTIONS, reactionText, readReactionSet } from './interaction';

interface Props {
  stage: Stage;
  settings: InteractionSettings;
  onSaved: (settings: InteractionSettings) => void;
}

/** The names the server may give the reaction set's errors. */
const SET_FIELDS = ['reactions.set', 'reactions', 'set'];

export function InteractionSettingsForm({ stage, settings, onSaved }: Props) {
  const [values, setValues] = useState(settings);
  const [emoji, setEmoji] = useState(reactionText(settings.reactions.set));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const id = `interaction-${stage.id}`;
  const change = (next: InteractionSettings) => {
    setValues(next);
    setSaved(false);
  };
  const check = (label: string, help: string, checked: boolean, set: (on: boolean) => InteractionSettings) => (
    <label class="check">
      <input type="checkbox" checked={checked} onChange={(e) => change(set((e.target as HTMLInputElement).checked))} />
      <span>{label} <span class="help">{help}</span></span>
    </label>
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const read = readReactionSet(emoji);
    if ('error' in read) {
      setErrors({ fields: { set: read.error }, form: 'Not saved: see the marked fields above.' });
      return;
    }
    setErrors(NO_ERRORS);
    setSaving(true);
    try {
      const body = { ...values, reactions: { ...values.reactions, set: read.set } };
      const answer = completeSettings(await put<InteractionSettings>(`/stages/${stage.id}/interaction`, body));
      setValues(answer);
      setEmoji(reactionText(answer.reactions.set));
      setSaved(true);
      onSaved(answer);
    } catch (err) {
      const found = formErrors(err, SET_FIELDS);
      const setError = SET_FIELDS.map((f) => found.fields[f]).find(Boolean);
      setErrors({ fields: setError ? { set: setError } : {}, form: found.form });
    } finally {
      setSaving(false);
    }
  };
  const { qa, polls, reactions } = values;
  return (
    <form class="stack" onSubmit={submit} aria-labelledby={`${id}-settings`}>
      <h3 id={`${id}-settings`}>Settings</h3>
      <fieldset class="stack">
        <legend>Q&amp;A</legend>
        {check('Q&A on', 'attendees ask questions beside the player and upvote them', qa.enabled,
          (on) => ({ ...values, qa: { ...qa, enabled: on } }))}
        {check('Pre-moderated', 'a question appears once a host, moderator or organizer approves it', qa.premoderated,
          (on) => ({ ...values, qa: { ...qa, premoderated: on } }))}
        {check('Anonymous questions allowed', 'askers may leave their name off', qa.anonymous,
          (on) => ({ ...values, qa: { ...qa, anonymous: on } }))}
        {check('Locked', 'no new questions; voting and the queue stay', qa.locked,
          (on) => ({ ...values, qa: { ...qa, locked: on } }))}
      </fieldset>
      <fieldset class="stack">
        <legend>Polls</legend>
        {check('Polls on', 'attendees see the open poll and vote', polls.enabled,
          (on) => ({ ...values, polls: { enabled: on } }))}
      </fieldset>
      <fieldset class="stack">
        <legend>Reactions</legend>
        {check('Reactions on', 'emoji buttons under the player; bursts float over the video', reactions.enabled,
          (on) => ({ ...values, reactions: { ...reactions, enabled: on } }))}
        <Field id={`${id}-emoji`} label="Emoji" error={errors.fields.set}
          help={`1 to ${MAX_REACTIONS} emoji, shown in this order; spaces between them are optional.`}>
          {(a) => <input {...a} class="emoji-set" name="reactions" value={emoji} autoComplete="off"
            onInput={(e) => { setEmoji(valueOf(e)); setSaved(false); }} />}
        </Field>
      </fieldset>
      {errors.form && <p class="status error" role="alert">{errors.form}</p>}
      {saved && <p class="status ok" role="status">Saved.</p>}
      <div><button type="submit" disabled={saving}>Save interaction settings</button></div>
    </form>
  );
}
