// The Branding tab: an event's colours (checked for contrast here as you type, and by the server on
// saving), its logo and header image (uploaded at once), the logo's alt text and the about text,
// with live previews of the event page's header and of the access-code mail.
import { useState } from 'preact/hooks';
import { api, put, putFile } from '../lib/api';
import { contrastRatio, DEFAULT_BACKGROUND, DEFAULT_TEXT, normalColor } from '../lib/branding';
import type { Branding, MarqueeEvent } from '../lib/types';
import { BrandingPreview } from './BrandingPreview';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS } from './formErrors';

type Kind = 'logo' | 'header';
const IMAGE_HELP: Record<Kind, string> = {
  logo: 'PNG, JPEG or WebP, at most 1 MB and 2048 pixels a side. Shown in the page header and in mails.',
  header: 'PNG, JPEG or WebP, at most 3 MB and 4096 pixels a side. Shown as a banner on the event page.',
};

function ColorField({ id, label, value, onChange, error, against, help }: {
  id: string; label: string; value: string; onChange: (v: string) => void; error?: string; against?: string; help: string;
}) {
  const color = normalColor(value);
  const ratio = color && against ? contrastRatio(color, against) : null;
  const hint = ratio === null ? help
    : `${help} Contrast on the background: ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1${ratio < 4.5 ? ' — too low, at least 4.5:1 is needed' : ''}.`;
  return (
    <Field id={id} label={label} help={hint} error={error}>
      {(a) => <div class="row color-row">
        <input {...a} name={id} value={value} placeholder="none" maxLength={7} onInput={(e) => onChange(valueOf(e))} />
        <input type="color" aria-label={`Pick the ${label.toLowerCase()}`} value={color ?? '#ffffff'}
          onInput={(e) => onChange(valueOf(e))} />
      </div>}
    </Field>
  );
}

export function BrandingPanel({ event, onSaved }: { event: MarqueeEvent; onSaved: (e: MarqueeEvent) => void }) {
  const b = event.branding ?? {};
  const [accent, setAccent] = useState(b.accent ?? '');
  const [background, setBackground] = useState(b.background ?? '');
  const [text, setText] = useState(b.text ?? '');
  const [logoAlt, setLogoAlt] = useState(b.logoAlt ?? '');
  const [about, setAbout] = useState(b.about ?? '');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [imageErrors, setImageErrors] = useState<Partial<Record<Kind, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const looks = { accent: accent || null, background: background || null, text: text || null,
    logoAlt: logoAlt || null, about: about || null };
  const preview: Branding = { ...b, ...looks, accent: normalColor(accent), background: normalColor(background), text: normalColor(text) };
  const page = normalColor(background) ?? DEFAULT_BACKGROUND;
  const anyColor = !!(accent || background || text);
  const saved = (result: MarqueeEvent, what: string) => {
    setErrors(NO_ERRORS);
    setStatus(what);
    onSaved(result);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setStatus(null);
    try {
      saved(await put<MarqueeEvent>(`/events/${event.id}/branding`, looks), 'Branding saved.');
    } catch (err) {
      setErrors(formErrors(err));
    }
  };
  // Images are saved on their own, at once: their errors stay beside them whatever the form does.
  const imageCall = async (kind: Kind, call: () => Promise<MarqueeEvent>, what: string) => {
    setStatus(null);
    try {
      const result = await call();
      setImageErrors((e) => ({ ...e, [kind]: undefined }));
      setStatus(what);
      onSaved(result);
    } catch (err) {
      const { fields, form } = formErrors(err);
      setImageErrors((e) => ({ ...e, [kind]: fields[kind] ?? form ?? undefined }));
    }
  };
  const upload = async (kind: Kind, input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    await imageCall(kind, () => putFile<MarqueeEvent>(`/events/${event.id}/branding/${kind}`, file), `${file.name} uploaded.`);
    input.value = '';
  };
  const remove = (kind: Kind) => imageCall(kind,
    () => api<MarqueeEvent>('DELETE', `/events/${event.id}/branding/${kind}`), `The ${kind} image was removed.`);
  const imageField = (kind: Kind, label: string, url: string | null | undefined) => (
    <Field id={'branding-' + kind} label={label} help={IMAGE_HELP[kind]} error={imageErrors[kind]}>
      {(a) => <div class="row">
        <input {...a} type="file" name={kind} accept="image/png,image/jpeg,image/webp"
          onChange={(e) => upload(kind, e.target as HTMLInputElement)} />
        {url && <button type="button" class="secondary small" onClick={() => remove(kind)}>Remove the {kind}</button>}
      </div>}
    </Field>
  );
  return (
    <div class="branding-layout">
      <form class="stack" onSubmit={submit} aria-label="Branding">
        <ColorField id="branding-accent" label="Accent colour" value={accent} onChange={setAccent} error={errors.fields.accent}
          against={page} help="Links, buttons and focus rings." />
        <ColorField id="branding-background" label="Background colour" value={background} onChange={setBackground}
          error={errors.fields.background} help="Leave empty for white (once any colour is set)." />
        <ColorField id="branding-text" label="Text colour" value={text} onChange={setText} error={errors.fields.text}
          against={anyColor ? page : undefined} help={`Leave empty for ${DEFAULT_TEXT}.`} />
        {imageField('logo', 'Logo', b.logoUrl)}
        <Field id="branding-logoAlt" label="Logo alt text" error={errors.fields.logoAlt}
          help="What the logo says or shows, for screen readers and mail clients that hide images. Empty: the event's name.">
          {(a) => <input {...a} name="logoAlt" value={logoAlt} maxLength={200} onInput={(e) => setLogoAlt(valueOf(e))} />}
        </Field>
        {imageField('header', 'Header image', b.headerUrl)}
        <Field id="branding-about" label="About" error={errors.fields.about}
          help="Plain text shown under the event's name; line breaks are kept.">
          {(a) => <textarea {...a} name="about" value={about} maxLength={4000} onInput={(e) => setAbout(valueOf(e))} />}
        </Field>
        {errors.form && <p class="status error" role="alert">{errors.form}</p>}
        {status && <p class="status ok" role="status">{status}</p>}
        <div><button type="submit">Save branding</button></div>
      </form>
      <BrandingPreview event={event} branding={preview} />
    </div>
  );
}
