// Add or edit a ticket source: the ticketing plugin and its settings, drawn from what it declares.
import { useEffect, useState } from 'preact/hooks';
import { post, put } from '../lib/api';
import type { MarqueeEvent } from '../lib/types';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS } from './formErrors';
import { cleanValues, defaultsOf, SettingsForm, type SettingValues } from './SettingsForm';
import { usePlugins } from './usePlugins';

export interface TicketSource {
  id: number;
  eventId: number;
  type: string;
  settings: Record<string, unknown>;
  nextRunAt: string | null;
}

export function TicketSourceForm({ event, source, onDone }: { event: MarqueeEvent; source?: TicketSource; onDone: () => void }) {
  const ticketing = (usePlugins() ?? []).filter((p) => p.kind === 'TICKETING');
  const [type, setType] = useState(source?.type ?? '');
  const [values, setValues] = useState<SettingValues>(source?.settings ?? {});
  const [errors, setErrors] = useState(NO_ERRORS);
  const plugin = ticketing.find((p) => p.id === type);
  useEffect(() => {
    if (!source && type === '' && ticketing.length > 0) {
      setType(ticketing[0].id);
      setValues(defaultsOf(ticketing[0].settings));
    }
  }, [ticketing.length]);
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    const body = { type, settings: plugin ? cleanValues(plugin.settings, values) : values };
    try {
      if (source) await put(`/ticket-sources/${source.id}`, body);
      else await post(`/events/${event.id}/ticket-sources`, body);
      onDone();
    } catch (err) {
      setErrors(formErrors(err, ['type', ...(plugin?.settings.map((x) => x.name) ?? [])]));
    }
  };
  return (
    <section aria-labelledby="source-form-title">
      <h2 id="source-form-title">{source ? 'Edit ticket source' : 'New ticket source'}</h2>
      <form class="stack" onSubmit={submit}>
        <Field id="source-type" label="Tickets from" error={errors.fields.type} required>
          {(a) => <select {...a} name="type" value={type} disabled={!!source} onChange={(e) => {
            setType(valueOf(e));
            setValues(defaultsOf(ticketing.find((p) => p.id === valueOf(e))?.settings ?? []));
          }}>{ticketing.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>}
        </Field>
        {plugin && <SettingsForm prefix="source-setting" settings={plugin.settings} values={values}
          errors={errors.fields} onChange={setValues} />}
        {errors.form && <p class="status error" role="alert">{errors.form}</p>}
        <div class="row">
          <button type="submit">{source ? 'Save' : 'Add ticket source'}</button>
          <button type="button" class="secondary" onClick={onDone}>Cancel</button>
        </div>
      </form>
    </section>
  );
}
