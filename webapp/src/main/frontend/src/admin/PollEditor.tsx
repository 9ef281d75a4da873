// Prepares a poll for a stage: the question, 2 to 10 options (added and removed in place), single or
// multiple choice, whether votes may be changed while it is open and whether results are shown live.
// Creating it keeps it a draft: it is opened from the list below.
import { useState } from 'preact/hooks';
import { post } from '../lib/api';
import type { Stage } from '../lib/types';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS, type FormErrors } from './formErrors';
import { MAX_OPTIONS, MIN_OPTIONS, OPTION_MAX, type Poll, type PollDraft, QUESTION_MAX, readPollDraft } from './interaction';

const EMPTY: PollDraft = { question: '', options: ['', ''], multiple: false, changeable: true, resultsLive: true };

export function PollEditor({ stage, onCreated }: { stage: Stage; onCreated: (poll: Poll) => void }) {
  const [draft, setDraft] = useState<PollDraft>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const id = `poll-new-${stage.id}`;
  const change = (next: Partial<PollDraft>) => setDraft((d) => ({ ...d, ...next }));
  const setOption = (i: number, text: string) => change({ options: draft.options.map((o, j) => (j === i ? text : o)) });
  const submit = async (e: Event) => {
    e.preventDefault();
    const read = readPollDraft(draft);
    if ('fields' in read) {
      setErrors({ fields: read.fields, form: 'Not saved: see the marked fields above.' });
      return;
    }
    setErrors(NO_ERRORS);
    setSaving(true);
    try {
      onCreated(await post<Poll>(`/stages/${stage.id}/polls`, read.body));
      setDraft(EMPTY);
    } catch (err) {
      setErrors(formErrors(err, ['question', 'options', 'multiple', 'changeable', 'resultsLive']));
    } finally {
      setSaving(false);
    }
  };
  const optionsError = errors.fields.options;
  const check = (label: string, key: 'multiple' | 'changeable' | 'resultsLive') => (
    <label class="check">
      <input type="checkbox" name={key} checked={draft[key]}
        onChange={(e) => change({ [key]: (e.target as HTMLInputElement).checked })} />
      {label}
    </label>
  );
  return (
    <form class="stack card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>New poll</h4>
      <Field id={`${id}-question`} label="Question" error={errors.fields.question} required>
        {(a) => <input {...a} name="question" value={draft.question} maxLength={QUESTION_MAX}
          onInput={(e) => change({ question: valueOf(e) })} />}
      </Field>
      <fieldset class="stack" aria-describedby={optionsError ? `${id}-options-error` : `${id}-options-help`}>
        <legend>Options</legend>
        <div class="help" id={`${id}-options-help`}>{MIN_OPTIONS} to {MAX_OPTIONS} options; empty ones are left out.</div>
        <ol class="poll-options">
          {draft.options.map((o, i) => (
            <li key={i} class="row">
              <span class="muted" aria-hidden="true">{i + 1}.</span>
              <input id={`${id}-option-${i}`} aria-label={`Option ${i + 1}`} value={o} maxLength={OPTION_MAX}
                aria-invalid={optionsError ? 'true' : undefined} onInput={(e) => setOption(i, valueOf(e))} />
              <button type="button" class="secondary small" disabled={draft.options.length <= MIN_OPTIONS}
                aria-label={`Remove option ${i + 1}`}
                onClick={() => change({ options: draft.options.filter((_, j) => j !== i) })}>Remove</button>
            </li>
          ))}
        </ol>
        {optionsError && <div class="field-error" id={`${id}-options-error`} data-field-error="options">{optionsError}</div>}
        <div>
          <button type="button" class="secondary small" disabled={draft.options.length >= MAX_OPTIONS}
            onClick={() => change({ options: [...draft.options, ''] })}>Add an option</button>
        </div>
      </fieldset>
      {check('Multiple choice: people may pick several options', 'multiple')}
      {check('Votes can be changed while the poll is open', 'changeable')}
      {check('Results shown live to everyone (otherwise when it closes)', 'resultsLive')}
      {errors.form && <p class="status error" role="alert">{errors.form}</p>}
      <div><button type="submit" disabled={saving}>Create poll</button></div>
    </form>
  );
}
