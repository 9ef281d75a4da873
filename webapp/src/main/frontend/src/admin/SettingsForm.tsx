// Draws the form for any plugin's settings from what the plugin declares (GET /api/v1/plugins): one
// control per setting type, help text, required marks, masked secrets, and the server's errors beside
// each field. The console has no page code of its own for any plugin.
import type { SettingView } from '../lib/types';
import { DurationInput } from './DurationInput';
import { Field, valueOf, type FieldA11y } from './Field';
import { StringMapInput } from './StringMapInput';

export type SettingValues = Record<string, unknown>;

interface Props {
  prefix: string;
  settings: SettingView[];
  values: SettingValues;
  errors: Record<string, string>;
  onChange: (values: SettingValues) => void;
}

/** The starting values of a new form: each setting's declared default. */
export function defaultsOf(settings: SettingView[]): SettingValues {
  const values: SettingValues = {};
  for (const s of settings) if (s.defaultValue !== null && s.defaultValue !== undefined) values[s.name] = s.defaultValue;
  return values;
}

/** The values to send: blanks left out, so the server applies defaults and says what is required. */
export function cleanValues(settings: SettingView[], values: SettingValues): SettingValues {
  const out: SettingValues = {};
  for (const s of settings) {
    const v = values[s.name];
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0 && !s.required) continue;
    out[s.name] = v;
  }
  return out;
}

export function SettingsForm({ prefix, settings, values, errors, onChange }: Props) {
  if (settings.length === 0) return <p class="muted">This plugin has no settings.</p>;
  const set = (name: string, value: unknown) => onChange({ ...values, [name]: value });
  return (
    <fieldset class="stack settings">
      <legend>Settings</legend>
      {settings.map((s) => (
        <SettingInput key={s.name} id={`${prefix}-${s.name}`} setting={s} value={values[s.name]}
          error={errors[s.name]} onValue={(v) => set(s.name, v)} />
      ))}
    </fieldset>
  );
}

interface InputProps {
  id: string;
  setting: SettingView;
  value: unknown;
  error?: string;
  onValue: (value: unknown) => void;
}

function SettingInput({ id, setting: s, value, error, onValue }: InputProps) {
  const help = helpOf(s);
  if (s.type === 'BOOLEAN') {
    return (
      <div class="field">
        <label class="check">
          <input type="checkbox" id={id} name={s.name} checked={value === true}
            onChange={(e) => onValue((e.target as HTMLInputElement).checked)} /> {s.label}
        </label>
        {help && <div class="help">{help}</div>}
        {error && <div class="field-error" data-field-error={id}>{error}</div>}
      </div>
    );
  }
  return (
    <Field id={id} label={s.label} help={help} error={error} required={s.required}>
      {(a) => control(s, a, value, onValue)}
    </Field>
  );
}

/** The plugin's help as sentences, and for a secret how it is kept. */
export function helpOf(s: SettingView): string | null {
  const sentence = (text: string | null) => (text && text.trim() ? text.trim().replace(/([^.!?])$/, '$1.') : null);
  const secret = s.secret ? 'Stored as a secret: never shown again; leave ******** to keep what is stored.' : null;
  return [sentence(s.help), secret].filter(Boolean).join(' ') || null;
}

function control(s: SettingView, a: FieldA11y, value: unknown, onValue: (v: unknown) => void) {
  const text = value === undefined || value === null ? '' : String(value);
  switch (s.type) {
    case 'TEXT':
      return <textarea {...a} name={s.name} value={text} onInput={(e) => onValue(valueOf(e))} />;
    case 'CHOICE':
      return (
        <select {...a} name={s.name} value={text} onChange={(e) => onValue(valueOf(e))}>
          {!s.required && <option value="">(default)</option>}
          {(s.choices ?? []).map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      );
    case 'INTEGER':
      return <input {...a} name={s.name} type="number" step={1} value={text}
        onInput={(e) => onValue(valueOf(e) === '' ? '' : Number(valueOf(e)))} />;
    case 'STRING_LIST':
      return <textarea {...a} name={s.name} placeholder="One per line" value={Array.isArray(value) ? value.join('\n') : text}
        onInput={(e) => onValue(valueOf(e).split('\n').map((x) => x.trim()).filter(Boolean))} />;
    case 'STRING_MAP':
      return <StringMapInput {...a} name={s.name} secret={s.secret}
        value={(value && typeof value === 'object' ? value : {}) as Record<string, string>} onValue={onValue} />;
    case 'DURATION':
      return <DurationInput a11y={a} name={s.name} value={text} onValue={onValue} />;
    default:
      return <input {...a} name={s.name} type={s.secret ? 'password' : s.type === 'URL' ? 'url' : 'text'}
        autoComplete={s.secret ? 'new-password' : 'off'} value={text} onInput={(e) => onValue(valueOf(e))} />;
  }
}
