// An rtmp stage's adaptive-bitrate ladder in the console: the renditions, the encoder, a CPU estimate
// measured on the server before switching on, the switch, and the transcoder's state while it runs.
import { useEffect, useState } from 'preact/hooks';
import { describe, get, post, put } from '../lib/api';
import {
  describeEstimate, describeTranscoder, nextRung, PRESETS, STARTING_LADDER, type Estimate, type RenditionRow,
  type Transcode,
} from './abr';
import { Field, valueOf } from './Field';
import { formErrors, NO_ERRORS, type FormErrors } from './formErrors';
import { useEvery } from './useEvery';

const REFRESH_MS = 3000;
const COLUMNS: Array<[keyof RenditionRow, string]> = [['height', 'Height'], ['videoKbps', 'Video kbit/s'], ['audioKbps', 'Audio kbit/s']];

export function TranscodePanel({ stageId }: { stageId: number }) {
  const path = `/stages/${stageId}/transcode`;
  const [t, setT] = useState<Transcode | null>(null);
  const [rows, setRows] = useState<RenditionRow[]>([]);
  const [encoder, setEncoder] = useState('libx264');
  const [preset, setPreset] = useState('veryfast');
  const [estimate, setEstimate] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const adopt = (next: Transcode, withLadder: boolean) => {
    setT(next);
    if (withLadder) {
      setRows(next.renditions.length > 0 ? next.renditions.map(({ live: _live, ...r }) => r) : STARTING_LADDER);
      setEncoder(next.encoder);
      setPreset(next.preset);
    }
  };
  useEffect(() => { get<Transcode>(path).then((x) => adopt(x, true)).catch((e) => setErrors(formErrors(e))); }, [stageId]);
  useEvery(REFRESH_MS, t !== null && t.enabled, () => { get<Transcode>(path).then((x) => adopt(x, false)).catch(() => {}); });

  const body = (enabled: boolean) => ({ enabled, encoder, preset, renditions: rows });
  const change = (i: number, key: keyof RenditionRow, value: string) => setRows(rows.map((r, j) => (j !== i ? r
    : { ...r, [key]: key === 'name' ? value : Number(value) })));
  const save = (enabled: boolean) => {
    setErrors(NO_ERRORS);
    setBusy(true);
    put<Transcode>(path, body(enabled)).then((x) => adopt(x, true))
      .catch((e) => setErrors(formErrors(e, ['renditions', 'encoder', 'preset', 'enabled',
        ...rows.flatMap((_, i) => ['name', ...COLUMNS.map((c) => c[0])].map((k) => `renditions[${i}].${k}`))])))
      .finally(() => setBusy(false));
  };
  const measure = () => {
    setEstimate('Measuring on the server…');
    post<Estimate>(`${path}/estimate`, body(false)).then((e) => setEstimate(describeEstimate(e)))
      .catch((e) => setEstimate(describe(e)));
  };

  if (!t) return errors.form ? <p class="status error" role="alert">{errors.form}</p> : null;
  return (
    <section class="card" aria-labelledby={`abr-${stageId}`}>
      <h4 id={`abr-${stageId}`}>Adaptive bitrate</h4>
      <p class="muted">Lower renditions made from the live stream, so viewers on weak connections get a quality they can play.</p>
      {!t.ffmpeg.available && <p class="status error" role="alert">Not available on this server: {t.ffmpeg.reason}</p>}
      <p class={`abr-status ${t.status.state}`} role="status">{describeTranscoder(t)}</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Renditions, highest first</caption>
          <thead><tr><th scope="col">Name</th>{COLUMNS.map(([, label]) => <th scope="col" key={label}>{label}</th>)}<th scope="col">On air</th><th scope="col"><span class="visually-hidden">Remove</span></th></tr></thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-rendition={i}>
                <td><input aria-label={`Rendition ${i + 1} name`} value={r.name} maxLength={12} onInput={(e) => change(i, 'name', valueOf(e))}
                  aria-invalid={errors.fields[`renditions[${i}].name`] ? 'true' : undefined} title={errors.fields[`renditions[${i}].name`]} /></td>
                {COLUMNS.map(([key, label]) => (
                  <td key={key}><input type="number" aria-label={`Rendition ${i + 1} ${label}`} value={String(r[key])}
                    onInput={(e) => change(i, key, valueOf(e))} aria-invalid={errors.fields[`renditions[${i}].${key}`] ? 'true' : undefined}
                    title={errors.fields[`renditions[${i}].${key}`]} /></td>
                ))}
                <td>{t.renditions.find((x) => x.name === r.name)?.live ? 'yes' : '—'}</td>
                <td><button type="button" class="secondary small" onClick={() => setRows(rows.filter((_, j) => j !== i))}>Remove</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {Object.entries(errors.fields).filter(([k]) => k.startsWith('renditions')).map(([k, m]) => <p class="field-error" key={k}>{k}: {m}</p>)}
      <button type="button" class="secondary small" disabled={rows.length >= t.maxRenditions} onClick={() => setRows([...rows, nextRung(rows)])}>Add rendition</button>
      <div class="row">
        <Field id={`abr-encoder-${stageId}`} label="Encoder" error={errors.fields.encoder}
          help="libx264 (software), or a hardware H.264 encoder of ffmpeg such as h264_nvenc.">
          {(a) => <input {...a} value={encoder} onInput={(e) => setEncoder(valueOf(e))} />}
        </Field>
        <Field id={`abr-preset-${stageId}`} label="Preset (libx264)" error={errors.fields.preset}>
          {(a) => <select {...a} value={preset} onChange={(e) => setPreset(valueOf(e))}>
            {PRESETS.map((p) => <option key={p} value={p}>{p}</option>)}</select>}
        </Field>
      </div>
      <div class="row">
        <button type="button" class="secondary" disabled={!t.ffmpeg.available} onClick={measure}>Estimate CPU</button>
        {t.enabled
          ? <><button type="button" disabled={busy} onClick={() => save(true)}>Save ladder</button>
            <button type="button" class="secondary" disabled={busy} onClick={() => save(false)}>Switch off</button></>
          : <button type="button" disabled={busy || !t.ffmpeg.available} onClick={() => save(true)}>Switch on</button>}
      </div>
      {estimate && <p class="status" role="status" data-estimate>{estimate}</p>}
      {errors.fields.enabled && <p class="status error" role="alert">{errors.fields.enabled}</p>}
      {errors.form && !errors.fields.enabled && <p class="status error" role="alert">{errors.form}</p>}
    </section>
  );
}
