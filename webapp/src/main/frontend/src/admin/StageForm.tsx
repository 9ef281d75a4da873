// Add or edit a stage: its name and address, the media plugin that streams it, and that plugin's
// settings drawn from what it declares. What the plugin tells organizers (an ingest URL) is shown too.
import { useEffect, useState } from 'preact/hooks';
import { post, put } from '../lib/api';
import type { MarqueeEvent, Plugin, Stage } from '../lib/types';
import { ChatAdmin } from './ChatAdmin';
import { addressHelp, ADDRESS_MAX, slugify } from './address';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS } from './formErrors';
import { ProviderDetails } from './ProviderDetails';
import { RestreamsPanel } from './RestreamsPanel';
import { TranscodePanel } from './TranscodePanel';
import { RtmpIngest } from './RtmpIngest';
import { cleanValues, defaultsOf, SettingsForm, type SettingValues } from './SettingsForm';
import { usePlugins } from './usePlugins';

interface Props {
  event: MarqueeEvent;
  stage?: Stage;
  nextOrder: number;
  /** Called with the saved stage, or with nothing when cancelled. */
  onDone: (saved?: Stage) => void;
}

export function StageForm({ event, stage, nextOrder, onDone }: Props) {
  const plugins = usePlugins();
  const media = (plugins ?? []).filter((p) => p.kind === 'MEDIA');
  const [name, setName] = useState(stage?.name ?? '');
  const [slug, setSlug] = useState(stage?.slug ?? '');
  const [provider, setProvider] = useState(stage?.provider ?? '');
  const [values, setValues] = useState<SettingValues>(stage?.settings ?? {});
  const [errors, setErrors] = useState(NO_ERRORS);
  const plugin = media.find((p) => p.id === provider);
  useEffect(() => {
    if (!stage && provider === '' && media.length > 0) {
      setProvider(media[0].id);
      setValues(defaultsOf(media[0].settings));
    }
  }, [media.length]);
  const choose = (id: string) => {
    setProvider(id);
    const chosen = media.find((p) => p.id === id);
    setValues(chosen ? defaultsOf(chosen.settings) : {});
    setErrors(NO_ERRORS);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    const body = {
      name, slug, provider, order: stage?.order ?? nextOrder,
      settings: plugin ? cleanValues(plugin.settings, values) : values,
    };
    try {
      onDone(stage ? await put<Stage>(`/stages/${stage.id}`, body) : await post<Stage>(`/events/${event.id}/stages`, body));
    } catch (err) {
      setErrors(formErrors(err, ['name', 'slug', 'provider', ...(plugin?.settings.map((x) => x.name) ?? [])]));
    }
  };
  return (
    <section aria-labelledby="stage-form-title">
      <h2 id="stage-form-title">{stage ? `Edit ${stage.name}` : 'New stage'}</h2>
      <form class="stack" onSubmit={submit}>
        <Field id="stage-name" label="Name" error={errors.fields.name} required>
          {(a) => <input {...a} name="name" value={name} maxLength={200} onInput={(e) => {
            setName(valueOf(e));
            if (!stage) setSlug(slugify(valueOf(e)));
          }} />}
        </Field>
        <Field id="stage-slug" label="Address" help={addressHelp(slug, (s) => `Watched at /e/${event.slug}/${s}`)}
          error={errors.fields.slug} required>
          {(a) => <input {...a} name="slug" value={slug} maxLength={ADDRESS_MAX} onInput={(e) => setSlug(valueOf(e))} />}
        </Field>
        <Field id="stage-provider" label="Stream from" error={errors.fields.provider}
          help={plugin && !plugin.configured ? notConfigured(plugin) : undefined} required>
          {(a) => <select {...a} name="provider" value={provider} onChange={(e) => choose(valueOf(e))}>
            {media.map((p) => <option key={p.id} value={p.id}>{p.name}{p.configured ? '' : ' (not configured)'}</option>)}
          </select>}
        </Field>
        {plugin && <SettingsForm prefix="stage-setting" settings={plugin.settings} values={values}
          errors={errors.fields} onChange={setValues} />}
        {errors.form && <p class="status error" role="alert">{errors.form}</p>}
        <div class="row">
          <button type="submit">{stage ? 'Save stage' : 'Add stage'}</button>
          <button type="button" class="secondary" onClick={() => onDone()}>Cancel</button>
        </div>
      </form>
      {stage && (stage.provider === 'rtmp' ? <RtmpIngest stage={stage} /> : <ProviderDetails stage={stage} />)}
      {stage && stage.provider === 'rtmp' && <RestreamsPanel stageId={stage.id} />}
      {stage && stage.provider === 'rtmp' && <TranscodePanel stageId={stage.id} />}
      {stage?.chat && <ChatAdmin stage={stage} />}
    </section>
  );
}

/** What an organizer needs to hear about a plugin the server cannot use yet: what to set, and by whom. */
export function notConfigured(plugin: Plugin): string {
  const hint = plugin.configurationHint?.trim();
  return 'Not available on this server yet.' + (hint ? ` ${hint.replace(/\.?$/, '.')}` : '')
    + ' Whoever runs the server sets this and restarts Marquee; the Plugins page lists it too.';
}
